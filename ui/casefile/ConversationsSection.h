#pragma once

#include "casefile/CaseSection.h"

class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class ConversationCard;
class ConversationForm;

// Conversations and visits, newest first, with the person's own words set apart; and the form
// for recording another, which keeps a draft as it is typed. A correction or addendum being
// written to a saved conversation keeps its own draft too, and is open again after a lock.
class ConversationsSection : public CaseSection {
    Q_OBJECT

public:
    explicit ConversationsSection(const CaseAccess& access, QWidget* parent = nullptr);

    ConversationForm* form() const { return m_form; }
    QPushButton* recordButton() const { return m_record; }
    // Switches to another case: keeps this case's draft, shows the other's if there is one.
    void switchCase(qint64 caseId);
    bool saveDraft();
    void showForm(bool show);

    ConversationCard* card(qint64 conversationId) const;

protected:
    void showRecord(const core::CaseRecord& record) override;
    void carryOnDrafts(bool arrived) override;

private:
    void save();
    void correct(qint64 conversationId, const QString& notes);
    void addAddendum(qint64 conversationId, const QString& body);

    QPushButton* m_record;
    ConversationForm* m_form;
    QWidget* m_cards;
    QVBoxLayout* m_cardLayout;
    std::vector<core::DraftPlace> m_openBefore; // corrections and addenda open before a reload
};

} // namespace alongside::ui
