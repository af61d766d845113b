#include "casefile/PlanSection.h"

#include "casefile/ActionEnding.h"
#include "common/Card.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/GentleNote.h"
#include "documents/LetterWordingDraft.h"
#include "letters/LetterWordingField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QString outcomeWording(const core::CaseRecord& record, qint64 outcomeId)
{
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        if (outcome.id == outcomeId && outcome.current())
            return outcome.current()->wording;
    }
    return {};
}
} // namespace

PlanSection::PlanSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Plan"), access, parent),
      m_actions(new QWidget(this)),
      m_actionLayout(new QVBoxLayout(m_actions)),
      m_what(new QLineEdit(this)),
      m_who(new QLineEdit(this)),
      m_due(new DateField(DateDirection::Future, this)),
      m_serves(new QComboBox(this)),
      m_forLetter(new LetterWordingField(this)),
      m_add(new QPushButton(tr("Add to the plan"), this))
{
    setObjectName(QStringLiteral("planSection"));
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_actionLayout->setSpacing(6);
    body()->addWidget(m_actions);

    m_what->setObjectName(QStringLiteral("actionWhat"));
    m_what->setAccessibleName(tr("What will be done"));
    m_what->setPlaceholderText(tr("For example: speak to the agency manager together"));
    m_who->setObjectName(QStringLiteral("actionWho"));
    m_who->setAccessibleName(tr("Who will do it"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setAccessibleName(tr("By when"));
    m_serves->setObjectName(QStringLiteral("actionServes"));
    m_serves->setAccessibleName(tr("Which of their outcomes it serves"));
    m_add->setObjectName(QStringLiteral("addAction"));
    m_forLetter->setObjectName(QStringLiteral("actionForLetter"));
    m_forLetter->setAccessibleName(tr("What the letter to them will say about it"));
    m_forLetter->setDraft([this] {
        core::PlanAction action;
        action.who = m_who->text();
        action.what = m_what->text();
        return core::draftActionForLetter(action, m_reader, this->access().practitioner());
    });

    auto* form = new QFormLayout;
    form->addRow(tr("What"), m_what);
    form->addRow(tr("Who"), m_who);
    form->addRow(tr("By"), m_due);
    form->addRow(tr("For"), m_serves);
    form->addRow(tr("In their letter"), m_forLetter);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    form->addRow(QString(), addRow);
    body()->addLayout(form);

    connect(m_add, &QPushButton::clicked, this, &PlanSection::addAction);
}

void PlanSection::showRecord(const core::CaseRecord& record)
{
    m_reader = {};
    for (const QString& name :
         {record.person.givenName, record.person.preferredName, record.person.familyName}) {
        if (!name.trimmed().isEmpty())
            m_reader.names << name.trimmed();
    }
    m_forLetter->setReader(m_reader);
    qDeleteAll(m_actions->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    for (const core::PlanAction& action : record.actions)
        m_actionLayout->addWidget(actionRow(action, record));
    if (record.actions.empty()) {
        auto* none = new QLabel(tr("Nothing planned yet. Plan it with them: who will do what, by when."),
                                m_actions);
        none->setWordWrap(true);
        m_actionLayout->addWidget(none);
    }

    const qint64 chosen = m_serves->currentData().toLongLong();
    m_serves->clear();
    m_serves->addItem(tr("The case as a whole"), qint64(0));
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        if (outcome.current())
            m_serves->addItem(tr("“%1”").arg(outcome.current()->wording), outcome.id);
    }
    m_serves->setCurrentIndex(qMax(0, m_serves->findData(chosen)));
    if (m_who->text().isEmpty())
        m_who->setText(access().practitioner());
    // A week from today to start with; what was typed, even half-typed, stays.
    if (m_due->editor()->text().trimmed().isEmpty()
        || (m_due->date().isValid() && m_due->date() < access().today()))
        m_due->setDate(access().today().addDays(7));
}

QWidget* PlanSection::actionRow(const core::PlanAction& action, const core::CaseRecord& record)
{
    auto* card = new Card(QStringLiteral("planAction"), m_actions);
    auto* row = new QHBoxLayout;
    card->content()->addLayout(row);
    QString text = tr("%1 — %2, by %3").arg(action.what, action.who, shortDate(action.dueOn));
    const QString serves = outcomeWording(record, action.outcomeId);
    if (!serves.isEmpty())
        text += QLatin1Char('\n') + tr("For: “%1”").arg(serves);
    if (!action.letterWording.isEmpty())
        text += QLatin1Char('\n') + tr("In their letter: “%1”").arg(action.letterWording);
    auto* label = new QLabel(text, card);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label, 1);
    if (!action.isOpen()) {
        // How it ended stays with it, in words: the plan is also the record of what happened.
        const bool done = action.doneOn.isValid();
        QString ended = done ? tr("Done %1").arg(shortDate(action.doneOn))
                             : tr("No longer needed since %1").arg(shortDate(action.noLongerNeededOn));
        if (!action.endedWhy.isEmpty())
            ended += QLatin1Char('\n') + (done ? tr("How it went: %1") : tr("Why: %1")).arg(action.endedWhy);
        auto* end = new QLabel(ended, card);
        end->setObjectName(QStringLiteral("actionEnded"));
        end->setWordWrap(true);
        end->setTextFormat(Qt::PlainText);
        makeQuiet(end);
        card->content()->addWidget(end);
    } else {
        auto* ending = new ActionEnding(action.id, action.what, card);
        card->content()->addWidget(ending);
        const qint64 actionId = action.id;
        connect(ending, &ActionEnding::ended, this,
                [this, actionId](ActionEnding::Ending how, const QString& why) {
                    const bool done = how == ActionEnding::Ending::Done;
                    report(access().repository().endAction(
                        actionId,
                        core::ActionEnd{done ? core::ActionEnd::Kind::Done
                                             : core::ActionEnd::Kind::NoLongerNeeded,
                                        access().today(), why}));
                });
    }
    return card;
}

void PlanSection::addAction()
{
    core::PlanAction action;
    action.what = m_what->text().trimmed();
    action.who = m_who->text().trimmed();
    action.dueOn = m_due->date();
    action.outcomeId = m_serves->currentData().toLongLong();
    action.letterWording = m_forLetter->wording();
    if (action.what.isEmpty()) {
        m_what->setFocus();
        return;
    }
    if (m_due->hasProblem() || !action.dueOn.isValid()) {
        problem()->say(m_due->hasProblem() ? tr("By when: %1").arg(m_due->problem())
                                           : tr("Say by when it will be done."));
        m_due->setFocus();
        return;
    }
    if (report(access().repository().addAction(caseId(), action))) {
        m_what->clear();
        m_forLetter->setWording({});
        m_what->setFocus();
    }
}

} // namespace alongside::ui
