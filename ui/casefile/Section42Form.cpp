#include "casefile/Section42Form.h"

#include "common/AnswerLabels.h"
#include "common/GentleNote.h"
#include "rules/Section42Test.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

Section42Form::Section42Form(QWidget* parent)
    : QWidget(parent),
      m_decision(new QComboBox),
      m_response(new QPlainTextEdit),
      m_reading(new QLabel),
      m_inconsistency(new GentleNote),
      m_save(new QPushButton(tr("Save the decision")))
{
    setObjectName(QStringLiteral("section42Form"));
    const std::array<QString, 3> questions = {
        tr("Do they have needs for care and support?"),
        tr("Are they experiencing, or at risk of, abuse or neglect?"),
        tr("Because of those needs, are they unable to protect themselves?"),
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    for (std::size_t index = 0; index < questions.size(); ++index) {
        const int row = static_cast<int>(index) * 2;
        auto* question = new QLabel(questions[index], this);
        question->setWordWrap(true);
        auto* answer = new QComboBox(this);
        answer->setAccessibleName(questions[index]);
        fillAnswers(answer, {core::YesNoUnknown::NotKnown, core::YesNoUnknown::Yes, core::YesNoUnknown::No});
        question->setBuddy(answer);
        auto* reason = new QLineEdit(this);
        reason->setAccessibleName(tr("Reason: %1").arg(questions[index]));
        reason->setPlaceholderText(tr("Why — what you know"));
        grid->addWidget(question, row, 0, 1, 3);
        grid->addWidget(answer, row + 1, 0);
        grid->addWidget(reason, row + 1, 1, 1, 2);
        m_answers[index] = answer;
        m_reasons[index] = reason;
        connect(answer, &QComboBox::currentIndexChanged, this, &Section42Form::edited);
    }
    m_answers[0]->setObjectName(QStringLiteral("s42NeedsAnswer"));
    m_answers[1]->setObjectName(QStringLiteral("s42AbuseAnswer"));
    m_answers[2]->setObjectName(QStringLiteral("s42UnableAnswer"));

    m_decision->setParent(this);
    m_decision->setObjectName(QStringLiteral("s42Decision"));
    m_decision->setAccessibleName(tr("Decision"));
    fillAnswers(m_decision,
                {core::EnquiryDecision::Section42, core::EnquiryDecision::OtherEnquiry,
                 core::EnquiryDecision::NoEnquiry});
    // A legal decision is never pre-answered: it stays empty until the practitioner makes it.
    leaveUnanswered(m_decision, tr("Not decided yet"));
    m_response->setParent(this);
    m_response->setObjectName(QStringLiteral("s42Response"));
    m_response->setAccessibleName(tr("Response given"));
    m_response->setPlaceholderText(
        tr("What was done instead, or alongside — for example advice, a referral"));
    m_response->setTabChangesFocus(true);
    m_response->setMaximumHeight(m_response->fontMetrics().height() * 4);
    m_reading->setParent(this);
    m_reading->setObjectName(QStringLiteral("s42Reading"));
    m_reading->setWordWrap(true);
    m_inconsistency->setParent(this);
    m_inconsistency->setObjectName(QStringLiteral("s42Inconsistency"));
    m_save->setParent(this);
    m_save->setObjectName(QStringLiteral("saveSection42"));
    m_save->setAccessibleName(tr("Save the section 42 decision"));

    auto* decisionLabel = new QLabel(tr("Decision"), this);
    decisionLabel->setBuddy(m_decision);
    auto* responseLabel = new QLabel(tr("Response given"), this);
    responseLabel->setBuddy(m_response);
    grid->addWidget(decisionLabel, 6, 0);
    grid->addWidget(m_decision, 6, 1);
    grid->addWidget(responseLabel, 7, 0, Qt::AlignTop);
    grid->addWidget(m_response, 7, 1, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_reading);
    layout->addWidget(m_inconsistency);
    layout->addWidget(m_save, 0, Qt::AlignLeft);

    connect(m_decision, &QComboBox::currentIndexChanged, this, &Section42Form::edited);
    connect(m_response, &QPlainTextEdit::textChanged, this, &Section42Form::edited);
    for (QLineEdit* reason : m_reasons)
        connect(reason, &QLineEdit::textEdited, this, &Section42Form::edited);
    connect(m_save, &QPushButton::clicked, this, &Section42Form::saveRequested);
    // Focus follows the page: questions, then decision, response, save.
    setTabOrder(m_reasons[2], m_decision);
    setTabOrder(m_decision, m_response);
    setTabOrder(m_response, m_save);
    reassess();
}

void Section42Form::setDecision(const std::optional<core::Section42Decision>& decision)
{
    m_filling = true;
    m_loaded = decision.value_or(core::Section42Decision{});
    chooseAnswer(m_answers[0], m_loaded.hasCareAndSupportNeeds);
    chooseAnswer(m_answers[1], m_loaded.experiencingOrAtRiskOfAbuse);
    chooseAnswer(m_answers[2], m_loaded.unableToProtectThemselves);
    m_reasons[0]->setText(m_loaded.careAndSupportNeedsReason);
    m_reasons[1]->setText(m_loaded.abuseReason);
    m_reasons[2]->setText(m_loaded.unableToProtectReason);
    if (decision)
        chooseAnswer(m_decision, m_loaded.decision);
    else
        m_decision->setCurrentIndex(-1);
    m_response->setPlainText(m_loaded.responseGiven);
    m_save->setText(decision ? tr("Save changes to the decision") : tr("Save the decision"));
    m_filling = false;
    // Nothing decided and nothing touched yet: no mismatch to point out.
    m_touched = decision.has_value();
    reassess();
}

void Section42Form::edited()
{
    if (m_filling)
        return;
    m_touched = true;
    reassess();
}

bool Section42Form::hasDecision() const
{
    return m_decision->currentIndex() >= 0;
}

core::Section42Decision Section42Form::decision() const
{
    core::Section42Decision decision = m_loaded;
    decision.hasCareAndSupportNeeds = chosenAnswer<core::YesNoUnknown>(m_answers[0]);
    decision.experiencingOrAtRiskOfAbuse = chosenAnswer<core::YesNoUnknown>(m_answers[1]);
    decision.unableToProtectThemselves = chosenAnswer<core::YesNoUnknown>(m_answers[2]);
    decision.careAndSupportNeedsReason = m_reasons[0]->text().trimmed();
    decision.abuseReason = m_reasons[1]->text().trimmed();
    decision.unableToProtectReason = m_reasons[2]->text().trimmed();
    decision.decision = answerIfChosen<core::EnquiryDecision>(m_decision).value_or(m_loaded.decision);
    decision.responseGiven = m_response->toPlainText().trimmed();
    return decision;
}

void Section42Form::reassess()
{
    const core::Section42Decision current = decision();
    const core::Section42Assessment assessment = core::assessSection42(current);
    m_reading->setText(assessment.explanation);
    // A mismatch with the decision can only be pointed out once there is a decision.
    m_inconsistency->say(m_touched && hasDecision() ? core::section42Inconsistency(current) : QString());
}

} // namespace alongside::ui
