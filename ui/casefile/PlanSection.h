#pragma once

#include "casefile/CaseSection.h"
#include "rules/PlainLanguageCheck.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class DateField;
class LetterWordingField;

// The plan: who does what by when, each linked to the outcome it serves, with a way to end an
// action (done, or no longer needed, each with why; asked in place, never in one click) and to
// add another. Each action can carry its own wording for the person's easy-read letter, drafted
// from what is typed here.
class PlanSection : public CaseSection {
    Q_OBJECT

public:
    explicit PlanSection(const CaseAccess& access, QWidget* parent = nullptr);

    QLineEdit* what() const { return m_what; }
    QLineEdit* who() const { return m_who; }
    QComboBox* serves() const { return m_serves; }
    QPushButton* addButton() const { return m_add; }
    LetterWordingField* forTheLetter() const { return m_forLetter; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    QWidget* actionRow(const core::PlanAction& action, const core::CaseRecord& record);
    void addAction();

    QWidget* m_actions;
    QVBoxLayout* m_actionLayout;
    QLineEdit* m_what;
    QLineEdit* m_who;
    DateField* m_due;
    QComboBox* m_serves;
    LetterWordingField* m_forLetter;
    QPushButton* m_add;
    core::PlainLanguageReader m_reader; // the person, by every name they go by
};

} // namespace alongside::ui
