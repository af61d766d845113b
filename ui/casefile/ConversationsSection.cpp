#include "casefile/ConversationsSection.h"

#include "casefile/ConversationCard.h"
#include "casefile/ConversationForm.h"
#include "casefile/CorrectionEditor.h"
#include "common/FormDraft.h"
#include "common/GentleNote.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

ConversationsSection::ConversationsSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Conversations"), access, parent),
      m_record(new QPushButton(tr("Record a co&nversation"), this)),
      m_form(new ConversationForm(access.now, this)),
      m_cards(new QWidget(this)),
      m_cardLayout(new QVBoxLayout(m_cards))
{
    setObjectName(QStringLiteral("conversationsSection"));
    m_record->setObjectName(QStringLiteral("recordConversation"));
    body()->addWidget(m_record, 0, Qt::AlignLeft);
    body()->addWidget(m_form);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(10);
    body()->addWidget(m_cards);
    showForm(false);

    connect(m_record, &QPushButton::clicked, this, [this] {
        m_form->begin(); // "when" is now, as the conversation is being recorded
        showForm(true);
        m_form->place()->setFocus();
    });
    connect(m_form, &ConversationForm::saveRequested, this, &ConversationsSection::save);
    connect(m_form, &ConversationForm::putAsideRequested, this, [this] {
        showForm(false);
        m_record->setFocus();
    });
}

void ConversationsSection::switchCase(qint64 caseId)
{
    showForm(m_form->setCase(caseId));
}

bool ConversationsSection::saveDraft()
{
    return m_form->saveDraft();
}

void ConversationsSection::showForm(bool show)
{
    m_form->setVisible(show);
    m_record->setVisible(!show);
}

void ConversationsSection::showRecord(const core::CaseRecord& record)
{
    m_openBefore = keepOpenDrafts(m_cards);
    qDeleteAll(m_cards->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    for (auto conversation = record.conversations.rbegin(); conversation != record.conversations.rend();
         ++conversation) {
        std::vector<core::CaseNote> addenda;
        for (const core::CaseNote& note : record.notes)
            if (note.aboutConversation == conversation->id)
                addenda.push_back(note);
        auto* card = new ConversationCard(*conversation, addenda, m_cards);
        card->correction()->keepDraftsAt(record.id, partName(), QStringLiteral("conversation"),
                                         conversation->id);
        m_cardLayout->addWidget(card);
        connect(card, &ConversationCard::correctionRequested, this, &ConversationsSection::correct);
        connect(card, &ConversationCard::addendumRequested, this, &ConversationsSection::addAddendum);
    }
    if (record.conversations.empty()) {
        auto* none = new QLabel(
            tr("Nobody has spoken with them yet. As early as possible, and on their own if "
               "you can: what would they like to happen?"),
            m_cards);
        none->setWordWrap(true);
        none->setObjectName(QStringLiteral("noConversations"));
        m_cardLayout->addWidget(none);
    }
}

void ConversationsSection::carryOnDrafts(bool arrived)
{
    // A correction or addendum open before the conversations were shown again (or, on coming
    // to the case, one put aside) is open again with its words.
    for (const QString& form :
         {QStringLiteral("conversation-correction"), QStringLiteral("conversation-addendum")}) {
        for (const core::DraftPlace& place : draftsWaiting(form)) {
            const bool wasOpen = std::find(m_openBefore.begin(), m_openBefore.end(), place)
                != m_openBefore.end();
            ConversationCard* waiting = card(place.recordId);
            if (waiting && (arrived || wasOpen))
                waiting->correction()->carryOn(form);
        }
    }
    m_openBefore.clear();
}

void ConversationsSection::save()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        this->problem()->say(problem);
        return;
    }
    core::Conversation conversation = m_form->conversation();
    conversation.author = access().practitioner();
    if (report(access().repository().addConversation(caseId(), conversation))) {
        m_form->clearAfterSave();
        showForm(false);
        m_record->setFocus();
    }
}

ConversationCard* ConversationsSection::card(qint64 conversationId) const
{
    for (ConversationCard* card :
         m_cards->findChildren<ConversationCard*>(QString(), Qt::FindDirectChildrenOnly))
        if (card->conversationId() == conversationId)
            return card;
    return nullptr;
}

void ConversationsSection::correct(qint64 conversationId, const QString& notes)
{
    const core::CaseWriteResult result = access().repository().correctConversation(conversationId, notes);
    if (result.ok()) {
        if (ConversationCard* corrected = card(conversationId))
            corrected->correction()->draft()->forget();
        emit changed();
        return;
    }
    // The record keeps the conversation as it was; say why beside it, and offer the addendum.
    if (ConversationCard* refused = card(conversationId))
        refused->correction()->correctionRefused(result.error);
    else
        report(result);
}

void ConversationsSection::addAddendum(qint64 conversationId, const QString& body)
{
    const core::CaseWriteResult result = access().repository().addConversationAddendum(conversationId, body);
    if (result.ok()) {
        if (ConversationCard* added = card(conversationId))
            added->correction()->draft()->forget();
        emit changed();
        return;
    }
    if (ConversationCard* conversation = card(conversationId))
        conversation->correction()->showProblem(result.error);
}

} // namespace alongside::ui
