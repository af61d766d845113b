#include "casefile/OutcomesSection.h"

#include "casefile/OutcomeCard.h"
#include "common/AnswerLabels.h"
#include "common/FormDraft.h"
#include "model/SacCategories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

OutcomesSection::OutcomesSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("What they want"), access, parent),
      m_asked(new QComboBox(this)),
      m_cards(new QWidget(this)),
      m_cardLayout(new QVBoxLayout(m_cards)),
      m_newWording(new QLineEdit(this)),
      m_voice(new QComboBox(this)),
      m_add(new QPushButton(tr("Add what they want"), this))
{
    setObjectName(QStringLiteral("outcomesSection"));
    m_asked->setObjectName(QStringLiteral("mspAsked"));
    m_asked->setAccessibleName(tr("Were they asked what they want? (Safeguarding Adults Collection)"));
    // Only the return's own answers (one of them is "Not Recorded"), and none assumed.
    for (const QString& label : core::sac::mspAskedAnswers())
        m_asked->addItem(label, label); // the return's exact words
    leaveUnanswered(m_asked, tr("Not answered yet"));
    auto* askedRow = new QFormLayout;
    askedRow->addRow(tr("Were they asked?"), m_asked);
    body()->addLayout(askedRow);

    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(10);
    body()->addWidget(m_cards);

    m_newWording->setObjectName(QStringLiteral("newOutcomeWording"));
    m_newWording->setAccessibleName(tr("What they want, in their words"));
    m_newWording->setPlaceholderText(
        tr("What they want, in their words — for example: “I just want it to stop”"));
    m_voice->setObjectName(QStringLiteral("newOutcomeVoice"));
    m_voice->setAccessibleName(tr("Who put it into words"));
    fillAnswers(
        m_voice,
        {core::OutcomeVoice::Person, core::OutcomeVoice::BestInterests, core::OutcomeVoice::Advocate});
    m_add->setObjectName(QStringLiteral("addOutcome"));
    auto* addForm = new QFormLayout;
    m_newWordingLabel = new QLabel(this);
    m_newWordingLabel->setBuddy(m_newWording);
    addForm->addRow(m_newWordingLabel, m_newWording);
    auto* voiceRow = new QHBoxLayout;
    voiceRow->addWidget(m_voice);
    voiceRow->addStretch(1);
    voiceRow->addWidget(m_add);
    auto* voiceLabel = new QLabel(tr("Put into words by"), this);
    voiceLabel->setBuddy(m_voice);
    addForm->addRow(voiceLabel, voiceRow);
    body()->addLayout(addForm);

    connect(m_asked, &QComboBox::activated, this, &OutcomesSection::askedChosen);
    connect(m_add, &QPushButton::clicked, this, &OutcomesSection::addOutcome);
    connect(m_newWording, &QLineEdit::returnPressed, this, &OutcomesSection::addOutcome);
}

QList<OutcomeCard*> OutcomesSection::cards() const
{
    return m_cards->findChildren<OutcomeCard*>(QString(), Qt::FindDirectChildrenOnly);
}

void OutcomesSection::showRecord(const core::CaseRecord& record)
{
    m_asked->setCurrentIndex(record.mspAsked.isEmpty() ? -1 : m_asked->findData(record.mspAsked));
    m_openBefore = keepOpenDrafts(m_cards);
    for (OutcomeCard* card : cards())
        delete card;
    OutcomeCard* focusCard = nullptr;
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        auto* card = new OutcomeCard(outcome, m_cards);
        card->keepDraftsIn(record.id, partName());
        m_cardLayout->addWidget(card);
        connect(card, &OutcomeCard::revisited, this, &OutcomesSection::revise);
        if (outcome.id == m_focusOutcome)
            focusCard = card;
    }
    // "Another" only once there is a first.
    m_newWordingLabel->setText(record.outcomes.empty() ? tr("What they want") : tr("Another outcome"));
    if (record.outcomes.empty()) {
        m_newWording->setPlaceholderText(tr("Nothing recorded yet. What would they like to happen?"));
    } else {
        m_newWording->setPlaceholderText(tr("Anything else they want, in their words"));
    }
    // The card that was revisited has been rebuilt: give the keyboard back to its button.
    if (focusCard)
        focusCard->revisitButton()->setFocus();
    m_focusOutcome = 0;
}

void OutcomesSection::carryOnDrafts(bool arrived)
{
    // A revisit open before the outcomes were shown again (or, on coming to the case, one put
    // aside) is open again with its words.
    for (const core::DraftPlace& place : draftsWaiting(QStringLiteral("outcome-revisit"))) {
        const bool wasOpen = std::find(m_openBefore.begin(), m_openBefore.end(), place) != m_openBefore.end();
        if (!arrived && !wasOpen)
            continue;
        for (OutcomeCard* card : cards())
            if (card->outcomeId() == place.recordId)
                card->carryOn();
    }
    m_openBefore.clear();
}

void OutcomesSection::askedChosen(int index)
{
    const QString label = m_asked->itemData(index).toString();
    if (!label.isEmpty())
        report(access().repository().setMspAsked(caseId(), label));
}

void OutcomesSection::addOutcome()
{
    const QString wording = m_newWording->text().trimmed();
    if (wording.isEmpty()) {
        m_newWording->setFocus();
        return;
    }
    core::OutcomeRevision first;
    first.recordedOn = access().today();
    first.wording = wording;
    if (report(
            access().repository().addOutcome(caseId(), chosenAnswer<core::OutcomeVoice>(m_voice), first))) {
        m_newWording->clear();
        m_newWording->setFocus();
    }
}

void OutcomesSection::revise(qint64 outcomeId, const QString& wording, const QString& context)
{
    core::OutcomeRevision revision;
    revision.recordedOn = access().today();
    revision.wording = wording;
    revision.context = context;
    m_focusOutcome = outcomeId;
    const core::CaseWriteResult result = access().repository().reviseOutcome(outcomeId, revision);
    if (result.ok()) {
        for (OutcomeCard* card : cards())
            if (card->outcomeId() == outcomeId)
                card->draft()->forget(); // the record has the new words
    }
    if (!report(result))
        m_focusOutcome = 0;
}

} // namespace alongside::ui
