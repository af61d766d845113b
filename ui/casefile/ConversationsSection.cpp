#include "casefile/ConversationsSection.h"

#include "casefile/ConversationCard.h"
#include "casefile/ConversationForm.h"
#include "common/GentleNote.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    qDeleteAll(m_cards->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    for (auto conversation = record.conversations.rbegin(); conversation != record.conversations.rend();
         ++conversation)
        m_cardLayout->addWidget(new ConversationCard(*conversation, m_cards));
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

} // namespace alongside::ui
