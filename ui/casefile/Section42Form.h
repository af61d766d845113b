#pragma once

#include "model/Concern.h"

#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

class GentleNote;

// Care Act 2014 s.42(1): the three questions, each with its answer and reason, the decision
// that followed and the response given. As it is filled in, core's reading of the answers
// (rules/Section42Test.h) is shown beside it, and any mismatch with the decision appears as a
// gentle note; neither stops the practitioner saving what they decided.
class Section42Form : public QWidget {
    Q_OBJECT

public:
    explicit Section42Form(QWidget* parent = nullptr);

    void setDecision(const std::optional<core::Section42Decision>& decision);
    core::Section42Decision decision() const; // keeps the date and author of the last one set
    // Whether the practitioner has chosen the decision itself (it is never assumed).
    bool hasDecision() const;

    QComboBox* answer(int question) const { return m_answers[static_cast<std::size_t>(question)]; }
    QComboBox* decisionChoice() const { return m_decision; }
    QLabel* reading() const { return m_reading; }
    GentleNote* inconsistency() const { return m_inconsistency; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested();

private:
    void edited();
    void reassess();

    core::Section42Decision m_loaded;
    std::array<QComboBox*, 3> m_answers{};
    std::array<QLineEdit*, 3> m_reasons{};
    QComboBox* m_decision;
    QPlainTextEdit* m_response;
    QLabel* m_reading;
    GentleNote* m_inconsistency;
    QPushButton* m_save;
    bool m_filling = false;
    bool m_touched = false;
};

} // namespace alongside::ui
