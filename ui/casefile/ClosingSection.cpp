#include "casefile/ClosingSection.h"

#include "casefile/ClosingExperienceForm.h"
#include "common/AnswerLabels.h"
#include "common/Card.h"
#include "common/Confirmation.h"
#include "common/DisplayFormats.h"
#include "common/QuoteLabel.h"
#include "documents/LetterWordingDraft.h"
#include "letters/LetterWordingField.h"
#include "model/SacCategories.h"
#include "rules/StillOpenAtClosing.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>

namespace alongside::ui {

namespace {
QComboBox* sacChoice(QWidget* parent, const QStringList& labels, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    for (const QString& label : labels)
        combo->addItem(label, label); // the return's exact words
    leaveUnanswered(combo, QCoreApplication::translate("ClosingSection", "Choose from the return’s answers"));
    return combo;
}

QLabel* summaryLine(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ClosingSection::ClosingSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Closing"), access, parent),
      m_form(new QWidget(this)),
      m_outcomes(new QWidget(m_form)),
      m_outcomeLayout(new QVBoxLayout(m_outcomes)),
      m_feelsSafer(new QComboBox(m_form)),
      m_experience(new ClosingExperienceForm(m_form)),
      m_riskAssessment(sacChoice(m_form, core::sac::riskAssessmentOutcomes(), tr("Risk assessment outcome"))),
      m_riskOutcome(sacChoice(m_form, core::sac::riskOutcomes(), tr("Risk outcome"))),
      m_riskOutcomeHint(new QLabel(m_form)),
      m_next(new QPlainTextEdit(m_form)),
      m_nextForLetter(new LetterWordingField(m_form)),
      m_close(new QPushButton(tr("Close the case…"), m_form)),
      m_summary(new QWidget(this)),
      m_summaryLayout(new QVBoxLayout(m_summary))
{
    setObjectName(QStringLiteral("closingSection"));
    auto* intro = new QLabel(
        tr("Ask them: did we do what you wanted? Do you feel safer? Their view, in their words."), m_form);
    intro->setWordWrap(true);
    m_outcomeLayout->setContentsMargins(0, 0, 0, 0);
    m_feelsSafer->setObjectName(QStringLiteral("feelsSafer"));
    m_feelsSafer->setAccessibleName(tr("Do they feel safer?"));
    fillAnswers(
        m_feelsSafer,
        {core::FeelsSafer::Yes, core::FeelsSafer::Partly, core::FeelsSafer::No, core::FeelsSafer::NotAsked});
    leaveUnanswered(m_feelsSafer, tr("Ask them"));
    m_riskAssessment->setObjectName(QStringLiteral("riskAssessmentOutcome"));
    m_riskOutcome->setObjectName(QStringLiteral("riskOutcome"));
    m_riskOutcomeHint->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("whatHappensNext"));
    m_next->setAccessibleName(tr("What happens next"));
    m_next->setTabChangesFocus(true);
    m_next->setMaximumHeight(m_next->fontMetrics().height() * 5);
    m_close->setObjectName(QStringLiteral("closeCase"));
    m_nextForLetter->setObjectName(QStringLiteral("nextForLetter"));
    m_nextForLetter->setAccessibleName(tr("What happens next, as their letter will say it"));
    m_nextForLetter->setDraft(
        [this] { return core::speakToReader(m_next->toPlainText().simplified(), m_reader); });
    m_close->setAccessibleName(tr("Close the case: asks first, with what is still open"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Do they feel safer?"), m_feelsSafer);
    form->addRow(tr("Risk assessment outcome"), m_riskAssessment);
    form->addRow(tr("Risk outcome"), m_riskOutcome);
    form->addRow(QString(), m_riskOutcomeHint);
    form->addRow(tr("What happens next"), m_next);
    form->addRow(tr("In their letter"), m_nextForLetter);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(m_outcomes);
    formLayout->addLayout(form);
    formLayout->addWidget(m_experience);
    formLayout->addWidget(m_close, 0, Qt::AlignLeft);
    body()->addWidget(m_form);

    m_summary->setObjectName(QStringLiteral("closingSummary"));
    m_summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryLayout->setSpacing(6);
    body()->addWidget(m_summary);

    connect(m_riskAssessment, &QComboBox::currentIndexChanged, this, &ClosingSection::riskAssessmentChosen);
    connect(m_close, &QPushButton::clicked, this, &ClosingSection::closeCase);
    riskAssessmentChosen();
}

QList<QComboBox*> ClosingSection::achievementChoices() const
{
    QList<QComboBox*> choices;
    for (const OutcomeRow& row : m_rows)
        choices << row.achieved;
    return choices;
}

void ClosingSection::showRecord(const core::CaseRecord& record)
{
    m_record = record;
    const bool closed = record.closure.has_value();
    m_form->setVisible(!closed);
    m_summary->setVisible(closed);
    if (closed) {
        showClosed(record);
        return;
    }
    m_reader = {};
    for (const QString& name :
         {record.person.givenName, record.person.preferredName, record.person.familyName}) {
        if (!name.trimmed().isEmpty())
            m_reader.names << name.trimmed();
    }
    m_nextForLetter->setReader(m_reader);
    // The rows are rebuilt after any change to the case: what was chosen and typed stays.
    std::map<qint64, std::pair<int, QString>> typed;
    std::map<qint64, QString> typedForLetter;
    for (const OutcomeRow& row : m_rows) {
        typed[row.outcomeId] = {row.achieved->currentIndex(), row.why->text()};
        typedForLetter[row.outcomeId] = row.whyForLetter->wording();
    }
    qDeleteAll(m_outcomes->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_rows.clear();
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        const QString wording = outcome.current() ? outcome.current()->wording : QString();
        auto* row = new QWidget(m_outcomes);
        auto* rowForm = new QFormLayout(row);
        rowForm->setContentsMargins(0, 4, 0, 4);
        rowForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
        OutcomeRow entry;
        entry.outcomeId = outcome.id;
        entry.achieved = new QComboBox(row);
        entry.achieved->setAccessibleName(tr("In their view, was this achieved: %1").arg(wording));
        for (const core::Achievement value :
             {core::Achievement::Fully, core::Achievement::Partly, core::Achievement::Not})
            entry.achieved->addItem(core::sacLabel(value), static_cast<int>(value));
        leaveUnanswered(entry.achieved, tr("Ask them"));
        if (outcome.achievement)
            entry.achieved->setCurrentIndex(
                entry.achieved->findData(static_cast<int>(outcome.achievement->achieved)));
        entry.why = new QLineEdit(row);
        entry.why->setAccessibleName(tr("Why, in their words: %1").arg(wording));
        entry.why->setPlaceholderText(tr("Why — in their words where you can"));
        if (outcome.achievement)
            entry.why->setText(outcome.achievement->why);
        if (const auto kept = typed.find(outcome.id); kept != typed.end()) {
            entry.achieved->setCurrentIndex(kept->second.first);
            entry.why->setText(kept->second.second);
        }
        rowForm->addRow(new QuoteLabel(wording, row));
        rowForm->addRow(tr("In their view"), entry.achieved);
        rowForm->addRow(tr("Why"), entry.why);
        entry.whyForLetter = new LetterWordingField(row);
        entry.whyForLetter->setObjectName(QStringLiteral("whyForLetter"));
        entry.whyForLetter->setAccessibleName(tr("Why, as their letter will say it: %1").arg(wording));
        entry.whyForLetter->setReader(m_reader);
        QLineEdit* why = entry.why;
        entry.whyForLetter->setDraft(
            [this, why] { return core::speakToReader(why->text().simplified(), m_reader); });
        if (const auto kept = typedForLetter.find(outcome.id); kept != typedForLetter.end())
            entry.whyForLetter->setWording(kept->second);
        rowForm->addRow(tr("In their letter"), entry.whyForLetter);
        m_outcomeLayout->addWidget(row);
        m_rows.push_back(entry);
    }
}

void ClosingSection::showClosed(const core::CaseRecord& record)
{
    qDeleteAll(m_summary->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    const core::Closure& closure = *record.closure;
    m_summaryLayout->addWidget(summaryLine(tr("Closed %1.").arg(longDate(closure.closedOn)), m_summary));
    m_summaryLayout->addWidget(
        summaryLine(tr("Do they feel safer? %1").arg(answerLabel(closure.feelsSafer)), m_summary));
    if (const QString experience = ClosingExperienceForm::summary(closure.experience); !experience.isEmpty())
        m_summaryLayout->addWidget(summaryLine(experience, m_summary));
    if (!record.outcomes.empty()) {
        auto* heading = summaryLine(tr("What they wanted, and how it went in their view"), m_summary);
        makeQuiet(heading);
        m_summaryLayout->addWidget(heading);
    }
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        if (!outcome.current())
            continue;
        // Their words as they said them, set apart, then the answer they gave.
        auto* words = new QuoteLabel(outcome.current()->wording, m_summary);
        words->setObjectName(QStringLiteral("closingTheirWords"));
        m_summaryLayout->addWidget(words);
        if (outcome.voice != core::OutcomeVoice::Person) {
            auto* voice = summaryLine(tr("Put into words by: %1").arg(answerLabel(outcome.voice)), m_summary);
            makeQuiet(voice);
            m_summaryLayout->addWidget(voice);
        }
        QString how = outcome.achievement ? core::sacLabel(outcome.achievement->achieved)
                                          : tr("Not asked before the case closed");
        if (outcome.achievement && !outcome.achievement->why.isEmpty())
            how += tr(" — %1").arg(outcome.achievement->why);
        auto* answer = summaryLine(how, m_summary);
        answer->setContentsMargins(12, 0, 0, 6);
        m_summaryLayout->addWidget(answer);
    }
    if (!closure.riskAssessmentOutcome.isEmpty())
        m_summaryLayout->addWidget(
            summaryLine(tr("Risk assessment outcome: %1").arg(closure.riskAssessmentOutcome), m_summary));
    if (!closure.riskOutcome.isEmpty())
        m_summaryLayout->addWidget(summaryLine(tr("Risk outcome: %1").arg(closure.riskOutcome), m_summary));
    if (!closure.whatHappensNext.isEmpty())
        m_summaryLayout->addWidget(
            summaryLine(tr("What happens next: %1").arg(closure.whatHappensNext), m_summary));
}

std::vector<LetterWordingField*> ClosingSection::reasonsForLetter() const
{
    std::vector<LetterWordingField*> fields;
    for (const OutcomeRow& row : m_rows)
        fields.push_back(row.whyForLetter);
    return fields;
}

void ClosingSection::riskAssessmentChosen()
{
    // SAC SG2e is asked only where action was taken.
    const bool actionTaken = core::sac::isActionTaken(m_riskAssessment->currentData().toString());
    m_riskOutcome->setEnabled(actionTaken);
    if (!actionTaken)
        m_riskOutcome->setCurrentIndex(-1);
    m_riskOutcomeHint->setText(actionTaken ? QString()
                                           : tr("The risk outcome is recorded only where action was taken."));
    m_riskOutcomeHint->setVisible(!actionTaken);
}

void ClosingSection::closeCase()
{
    std::vector<core::CaseRepository::AchievementOf> achievements;
    core::ClosingIntent intent;
    for (const OutcomeRow& row : m_rows) {
        const std::optional<core::Achievement> chosen = answerIfChosen<core::Achievement>(row.achieved);
        if (!chosen)
            continue;
        intent.outcomesWithTheirView.insert(row.outcomeId);
        core::OutcomeAchievement achievement;
        achievement.achieved = *chosen;
        achievement.why = row.why->text().trimmed();
        achievement.letterWhy = row.whyForLetter->wording();
        achievement.recordedOn = access().today();
        achievements.push_back({row.outcomeId, achievement});
    }
    intent.feelsSafer = answerIfChosen<core::FeelsSafer>(m_feelsSafer);
    if (m_draftsWaiting)
        intent.draftsWaiting = m_draftsWaiting();

    const QString name = m_record.person.preferredName.isEmpty() ? m_record.person.displayName()
                                                                 : m_record.person.preferredName;
    const QStringList stillOpen = core::stillOpenAtClosing(m_record, intent);
    Confirmation ask;
    ask.title = tr("Close the case?");
    ask.question = stillOpen.isEmpty() ? tr("Close %1’s case?").arg(name)
                                       : tr("Some things are still open. Close %1’s case anyway?").arg(name);
    ask.stillOpen = stillOpen;
    ask.afterList = tr("A closed case stays in the record as it is, and cannot be reopened here.");
    ask.confirmLabel = tr("Close the case");
    ask.cancelLabel = tr("Not yet");
    const QPointer<ClosingSection> alive(this);
    if (!confirmed(ask, this) || !alive)
        return; // not now, or the window locked while asking (and this section went with it)

    core::Closure closure;
    closure.closedOn = access().today();
    closure.feelsSafer = intent.feelsSafer.value_or(core::FeelsSafer::NotAsked);
    closure.riskAssessmentOutcome = m_riskAssessment->currentData().toString();
    closure.riskOutcome = m_riskOutcome->currentData().toString();
    closure.whatHappensNext = m_next->toPlainText().trimmed();
    closure.experience = m_experience->experience();
    closure.letterNext = m_nextForLetter->wording();
    // One transaction: a refused closure leaves no achievement half-recorded.
    report(access().repository().close(caseId(), closure, achievements));
}

} // namespace alongside::ui
