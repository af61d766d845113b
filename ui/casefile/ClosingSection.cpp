#include "casefile/ClosingSection.h"

#include "casefile/ClosingExperienceForm.h"
#include "common/AnswerLabels.h"
#include "common/DisplayFormats.h"
#include "model/SacCategories.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QComboBox* sacChoice(QWidget* parent, const QStringList& labels, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->addItem(QCoreApplication::translate("ClosingSection", "Not recorded yet"), QString());
    for (const QString& label : labels)
        combo->addItem(label, label); // the return's exact words
    return combo;
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
      m_close(new QPushButton(tr("Close the case"), m_form)),
      m_summary(new QLabel(this))
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
        {core::FeelsSafer::NotAsked, core::FeelsSafer::Yes, core::FeelsSafer::Partly, core::FeelsSafer::No});
    m_riskAssessment->setObjectName(QStringLiteral("riskAssessmentOutcome"));
    m_riskOutcome->setObjectName(QStringLiteral("riskOutcome"));
    m_riskOutcomeHint->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("whatHappensNext"));
    m_next->setAccessibleName(tr("What happens next"));
    m_next->setTabChangesFocus(true);
    m_next->setMaximumHeight(m_next->fontMetrics().height() * 5);
    m_close->setObjectName(QStringLiteral("closeCase"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Do they feel safer?"), m_feelsSafer);
    form->addRow(tr("Risk assessment outcome"), m_riskAssessment);
    form->addRow(tr("Risk outcome"), m_riskOutcome);
    form->addRow(QString(), m_riskOutcomeHint);
    form->addRow(tr("What happens next"), m_next);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(m_outcomes);
    formLayout->addLayout(form);
    formLayout->addWidget(m_experience);
    formLayout->addWidget(m_close, 0, Qt::AlignLeft);
    body()->addWidget(m_form);

    m_summary->setObjectName(QStringLiteral("closingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    body()->addWidget(m_summary);

    connect(m_riskAssessment, &QComboBox::currentIndexChanged, this, &ClosingSection::riskAssessmentChosen);
    connect(m_close, &QPushButton::clicked, this, &ClosingSection::closeCase);
    riskAssessmentChosen();
}

void ClosingSection::showRecord(const core::CaseRecord& record)
{
    const bool closed = record.closure.has_value();
    m_form->setVisible(!closed);
    m_summary->setVisible(closed);
    if (closed) {
        showClosed(record);
        return;
    }
    qDeleteAll(m_outcomes->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_rows.clear();
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        const QString wording = outcome.current() ? outcome.current()->wording : QString();
        auto* row = new QWidget(m_outcomes);
        auto* rowForm = new QFormLayout(row);
        rowForm->setContentsMargins(0, 4, 0, 4);
        rowForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
        auto* label = new QLabel(tr("“%1”").arg(wording), row);
        label->setWordWrap(true);
        OutcomeRow entry;
        entry.outcomeId = outcome.id;
        entry.achieved = new QComboBox(row);
        entry.achieved->setAccessibleName(tr("In their view, was this achieved: %1").arg(wording));
        entry.achieved->addItem(tr("Not asked yet"), -1);
        for (const core::Achievement value :
             {core::Achievement::Fully, core::Achievement::Partly, core::Achievement::Not})
            entry.achieved->addItem(core::sacLabel(value), static_cast<int>(value));
        if (outcome.achievement)
            entry.achieved->setCurrentIndex(
                entry.achieved->findData(static_cast<int>(outcome.achievement->achieved)));
        entry.why = new QLineEdit(row);
        entry.why->setAccessibleName(tr("Why, in their words: %1").arg(wording));
        entry.why->setPlaceholderText(tr("Why — in their words where you can"));
        if (outcome.achievement)
            entry.why->setText(outcome.achievement->why);
        rowForm->addRow(label);
        rowForm->addRow(tr("In their view"), entry.achieved);
        rowForm->addRow(tr("Why"), entry.why);
        m_outcomeLayout->addWidget(row);
        m_rows.push_back(entry);
    }
}

void ClosingSection::showClosed(const core::CaseRecord& record)
{
    const core::Closure& closure = *record.closure;
    QStringList lines;
    lines << tr("Closed %1.").arg(longDate(closure.closedOn));
    lines << tr("Do they feel safer? %1").arg(answerLabel(closure.feelsSafer));
    lines << ClosingExperienceForm::summary(closure.experience);
    for (const core::DesiredOutcome& outcome : record.outcomes) {
        if (outcome.achievement && outcome.current())
            lines << tr("“%1”: %2")
                         .arg(outcome.current()->wording, core::sacLabel(outcome.achievement->achieved));
    }
    if (!closure.riskAssessmentOutcome.isEmpty())
        lines << tr("Risk assessment outcome: %1").arg(closure.riskAssessmentOutcome);
    if (!closure.riskOutcome.isEmpty())
        lines << tr("Risk outcome: %1").arg(closure.riskOutcome);
    if (!closure.whatHappensNext.isEmpty())
        lines << tr("What happens next: %1").arg(closure.whatHappensNext);
    m_summary->setText(lines.join(u'\n'));
}

void ClosingSection::riskAssessmentChosen()
{
    // SAC SG2e is asked only where action was taken.
    const bool actionTaken = core::sac::isActionTaken(m_riskAssessment->currentData().toString());
    m_riskOutcome->setEnabled(actionTaken);
    if (!actionTaken)
        m_riskOutcome->setCurrentIndex(0);
    m_riskOutcomeHint->setText(actionTaken ? QString()
                                           : tr("The risk outcome is recorded only where action was taken."));
    m_riskOutcomeHint->setVisible(!actionTaken);
}

void ClosingSection::closeCase()
{
    std::vector<core::CaseRepository::AchievementOf> achievements;
    for (const OutcomeRow& row : m_rows) {
        const int chosen = row.achieved->currentData().toInt();
        if (chosen < 0)
            continue;
        core::OutcomeAchievement achievement;
        achievement.achieved = static_cast<core::Achievement>(chosen);
        achievement.why = row.why->text().trimmed();
        achievement.recordedOn = access().today();
        achievements.push_back({row.outcomeId, achievement});
    }
    core::Closure closure;
    closure.closedOn = access().today();
    closure.feelsSafer = chosenAnswer<core::FeelsSafer>(m_feelsSafer);
    closure.riskAssessmentOutcome = m_riskAssessment->currentData().toString();
    closure.riskOutcome = m_riskOutcome->currentData().toString();
    closure.whatHappensNext = m_next->toPlainText().trimmed();
    closure.experience = m_experience->experience();
    // One transaction: a refused closure leaves no achievement half-recorded.
    report(access().repository().close(caseId(), closure, achievements));
}

} // namespace alongside::ui
