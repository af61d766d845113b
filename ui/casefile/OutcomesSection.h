#pragma once

#include "casefile/CaseSection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class OutcomeCard;

// What they want: whether they were asked (the SAC answer, in its exact words), each desired
// outcome in their own words with how it has changed, and a quick way to add another.
class OutcomesSection : public CaseSection {
    Q_OBJECT

public:
    explicit OutcomesSection(const CaseAccess& access, QWidget* parent = nullptr);

    QComboBox* askedChoice() const { return m_asked; }
    QLineEdit* newWording() const { return m_newWording; }
    QComboBox* voiceChoice() const { return m_voice; }
    QLabel* newWordingLabel() const { return m_newWordingLabel; }
    QPushButton* addButton() const { return m_add; }
    QList<OutcomeCard*> cards() const;

protected:
    void showRecord(const core::CaseRecord& record) override;
    void carryOnDrafts(bool arrived) override;

private:
    void askedChosen(int index);
    void addOutcome();
    void revise(qint64 outcomeId, const QString& wording, const QString& context);

    QComboBox* m_asked;
    QWidget* m_cards;
    QVBoxLayout* m_cardLayout;
    QLineEdit* m_newWording;
    QComboBox* m_voice;
    QLabel* m_newWordingLabel = nullptr;
    QPushButton* m_add;
    qint64 m_focusOutcome = 0;                  // the card to give focus back to after a revision
    std::vector<core::DraftPlace> m_openBefore; // revisits open before a reload
};

} // namespace alongside::ui
