#include "capacity/CapacityAssessmentForm.h"

#include "capacity/EvidencePrompt.h"
#include "capacity/FormParts.h"
#include "capacity/LegalLabels.h"
#include "capacity/RuleResultView.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "model/CheckVocabulary.h"
#include "rules/CapacityRecordCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr core::UnjustifiedBasis kBases[] = {
    core::UnjustifiedBasis::Age, core::UnjustifiedBasis::Appearance, core::UnjustifiedBasis::Condition,
    core::UnjustifiedBasis::Behaviour, core::UnjustifiedBasis::UnwiseDecision};

QJsonObject findingJson(const EvidencePrompt* prompt)
{
    return QJsonObject{{QStringLiteral("unable"), core::storageCode(prompt->unable())},
                       {QStringLiteral("evidence"), prompt->editor()->toPlainText()}};
}

void restoreFinding(EvidencePrompt* prompt, const QJsonValue& value)
{
    const QJsonObject finding = value.toObject();
    prompt->setUnable(
        core::fromStorageCode<core::YesNoUnknown>(finding.value(QStringLiteral("unable")).toString())
            .value_or(core::YesNoUnknown::NotKnown));
    prompt->setEvidence(finding.value(QStringLiteral("evidence")).toString());
}
} // namespace

CapacityAssessmentForm::CapacityAssessmentForm(std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent),
      m_now(now),
      m_draft(new FormDraft(this)),
      m_decision(new QLineEdit(this)),
      m_assessedOn(new DateField(DateDirection::Past, this)),
      m_assessor(new QLineEdit(this)),
      m_steps(
          new EvidencePrompt(tr("What did you do to help them decide?"), tr("MCA 2005 s.1(3)"),
                             tr("One step per line — for example: visited in the morning, when she is most "
                                "alert; used photos of both homes; her niece was there"),
                             EvidencePrompt::Answer::None, this)),
      m_information(new EvidencePrompt(tr("What information did they need, including what could happen?"),
                                       tr("MCA 2005 s.3(4)"),
                                       tr("The options, and the foreseeable consequences of each and of "
                                          "not deciding"),
                                       EvidencePrompt::Answer::None, this)),
      m_understand(new EvidencePrompt(
          tr("Could they understand the information, even with help?"), tr("s.3(1)(a)"),
          tr("What they said and did; their words where you can"), EvidencePrompt::Answer::CouldThey, this)),
      m_retain(new EvidencePrompt(tr("Could they retain it long enough to decide, even with help?"),
                                  tr("s.3(1)(b), s.3(3)"), tr("Briefly is enough"),
                                  EvidencePrompt::Answer::CouldThey, this)),
      m_useOrWeigh(new EvidencePrompt(tr("Could they use or weigh it as part of deciding, even with help?"),
                                      tr("s.3(1)(c)"), tr("How they weighed the options, in their words"),
                                      EvidencePrompt::Answer::CouldThey, this)),
      m_communicate(
          new EvidencePrompt(tr("Could they communicate their decision, by any means, even with help?"),
                             tr("s.3(1)(d)"), tr("Speech, writing, signs, gestures, a communication aid"),
                             EvidencePrompt::Answer::CouldThey, this)),
      m_impairment(new EvidencePrompt(
          tr("Is there an impairment of, or disturbance in, the mind or brain?"), tr("s.2(1)"),
          tr("What it is and how you know — permanent or temporary"), EvidencePrompt::Answer::None, this)),
      m_causes(new EvidencePrompt(tr("How does it cause the inability you found?"),
                                  tr("s.2(1); JB [2021] UKSC 52"),
                                  tr("Why they cannot decide because of it, not for some other reason"),
                                  EvidencePrompt::Answer::None, this)),
      m_conclusion(new QComboBox(this)),
      m_result(new RuleResultView(tr("What the Act asks of this record"), this)),
      m_save(new QPushButton(tr("Save &assessment"), this)),
      m_putAside(new QPushButton(tr("Put aside"), this))
{
    setObjectName(QStringLiteral("capacityAssessmentForm"));
    m_decision->setObjectName(QStringLiteral("capacityDecision"));
    m_decision->setAccessibleName(tr("What is the one decision?"));
    m_decision->setPlaceholderText(
        tr("One decision, at this time — for example: whether to move to Elm House"));
    m_assessedOn->setObjectName(QStringLiteral("capacityAssessedOn"));
    m_assessedOn->setAccessibleName(tr("Date of the assessment"));
    m_assessor->setObjectName(QStringLiteral("capacityAssessor"));
    m_assessor->setAccessibleName(tr("Who assessed"));
    m_understand->setObjectName(QStringLiteral("functionalUnderstand"));
    m_retain->setObjectName(QStringLiteral("functionalRetain"));
    m_useOrWeigh->setObjectName(QStringLiteral("functionalUseOrWeigh"));
    m_communicate->setObjectName(QStringLiteral("functionalCommunicate"));
    m_impairment->setObjectName(QStringLiteral("capacityImpairment"));
    m_causes->setObjectName(QStringLiteral("capacityCausativeLink"));
    m_conclusion->setObjectName(QStringLiteral("capacityConclusion"));
    m_conclusion->setAccessibleName(tr("Conclusion"));
    for (const auto value : {core::CapacityConclusion::NotConcluded, core::CapacityConclusion::HasCapacity,
                             core::CapacityConclusion::LacksCapacity})
        m_conclusion->addItem(conclusionLabel(value), static_cast<int>(value));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    layout->addWidget(stepHeading(tr("1. The decision"), this));
    auto* decisionForm = new QFormLayout;
    decisionForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* decisionLabel = new QLabel(tr("What is the &one decision?"), this);
    decisionLabel->setBuddy(m_decision);
    decisionForm->addRow(decisionLabel, m_decision);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_assessedOn);
    auto* assessorLabel = new QLabel(tr("Assessed &by"), this);
    assessorLabel->setBuddy(m_assessor);
    dateRow->addSpacing(12);
    dateRow->addWidget(assessorLabel);
    dateRow->addWidget(m_assessor, 1);
    decisionForm->addRow(tr("On"), dateRow);
    layout->addLayout(decisionForm);

    layout->addWidget(stepHeading(tr("2. Helping them decide"), this));
    layout->addWidget(m_steps);
    layout->addWidget(m_information);

    layout->addWidget(stepHeading(tr("3. Could they make this decision? (the functional test)"), this));
    for (EvidencePrompt* prompt : {m_understand, m_retain, m_useOrWeigh, m_communicate})
        layout->addWidget(prompt);

    layout->addWidget(stepHeading(tr("4. Only then: is it because of an impairment?"), this));
    auto* jb = new QLabel(tr("Ask this after the functional test, and only if they could not do one of the "
                             "four things: the inability must be because of the impairment."),
                          this);
    jb->setWordWrap(true);
    layout->addWidget(jb);
    layout->addWidget(m_impairment);
    layout->addWidget(m_causes);

    layout->addWidget(stepHeading(tr("5. Conclusion"), this));
    auto* conclusionForm = new QFormLayout;
    auto* conclusionLabel = new QLabel(tr("Conclus&ion"), this);
    conclusionLabel->setBuddy(m_conclusion);
    conclusionForm->addRow(conclusionLabel, m_conclusion);
    auto* bases = new QWidget(this);
    auto* basesLayout = new QGridLayout(bases); // three a row: the column stays narrow
    basesLayout->setContentsMargins(0, 0, 0, 0);
    int placed = 0;
    for (const core::UnjustifiedBasis basis : kBases) {
        auto* box = new QCheckBox(basisLabel(basis), bases);
        box->setAccessibleName(tr("The conclusion leans on: %1").arg(basisLabel(basis)));
        m_reliesOn[basis] = box;
        basesLayout->addWidget(box, placed / 3, placed % 3);
        ++placed;
        connect(box, &QCheckBox::toggled, this, &CapacityAssessmentForm::edited);
    }
    conclusionForm->addRow(tr("Does it lean on any of these?"), bases);
    layout->addLayout(conclusionForm);

    layout->addWidget(m_result);
    m_draft->setCodec({[this] { return draftBody(); },
                       [this](const QJsonObject& draft) { restoreFrom(draft); }, [this] { return isEmpty(); },
                       [this] { clearFields(); }});
    layout->addWidget(m_draft->notice());
    m_save->setObjectName(QStringLiteral("saveCapacityAssessment"));
    m_putAside->setObjectName(QStringLiteral("putCapacityAside"));
    m_putAside->setAccessibleName(tr("Put aside: keep it as a draft for later"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_putAside);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_decision, &QLineEdit::textEdited, this, &CapacityAssessmentForm::edited);
    connect(m_assessor, &QLineEdit::textEdited, this, &CapacityAssessmentForm::edited);
    connect(m_assessedOn, &DateField::dateChanged, this, &CapacityAssessmentForm::edited);
    connect(m_conclusion, &QComboBox::currentIndexChanged, this, &CapacityAssessmentForm::edited);
    for (EvidencePrompt* prompt : {m_steps, m_information})
        connect(prompt, &EvidencePrompt::edited, this, &CapacityAssessmentForm::edited);
    for (EvidencePrompt* prompt : {m_understand, m_retain, m_useOrWeigh, m_communicate})
        connect(prompt, &EvidencePrompt::edited, this, &CapacityAssessmentForm::functionalEdited);
    for (EvidencePrompt* prompt : {m_impairment, m_causes})
        connect(prompt, &EvidencePrompt::edited, this, &CapacityAssessmentForm::nexusEdited);
    connect(m_save, &QPushButton::clicked, this, &CapacityAssessmentForm::saveRequested);
    connect(m_putAside, &QPushButton::clicked, this, [this] {
        m_draft->save();
        emit putAsideRequested();
    });
    clearFields();
}

QString CapacityAssessmentForm::draftKey(qint64 caseId)
{
    return QStringLiteral("capacity-assessment:%1").arg(caseId);
}

bool CapacityAssessmentForm::setCase(qint64 caseId)
{
    m_draft->close(); // keeps the last case's draft before the form is emptied
    clearFields();
    if (caseId == 0)
        return false;
    return m_draft->open({caseId, QStringLiteral("capacity"), QStringLiteral("capacity-assessment"), 0});
}

QLabel* CapacityAssessmentForm::draftState() const
{
    return m_draft->notice()->text();
}

core::CapacityAssessment CapacityAssessmentForm::assessment() const
{
    core::CapacityAssessment assessment;
    assessment.decision = m_decision->text().trimmed();
    assessment.assessedOn = m_assessedOn->date();
    assessment.assessor = m_assessor->text().trimmed();
    for (const QString& step : m_steps->evidence().split(u'\n', Qt::SkipEmptyParts))
        if (!step.trimmed().isEmpty())
            assessment.practicableSteps << step.trimmed();
    assessment.relevantInformation = m_information->evidence();
    assessment.functionalTest.understand = {m_understand->unable(), m_understand->evidence()};
    assessment.functionalTest.retain = {m_retain->unable(), m_retain->evidence()};
    assessment.functionalTest.useOrWeigh = {m_useOrWeigh->unable(), m_useOrWeigh->evidence()};
    assessment.functionalTest.communicate = {m_communicate->unable(), m_communicate->evidence()};
    assessment.functionalTest.recordedAt = m_functionalAt;
    assessment.causativeNexus.impairment = m_impairment->evidence();
    assessment.causativeNexus.howItCausesInability = m_causes->evidence();
    assessment.causativeNexus.recordedAt = m_nexusAt;
    assessment.conclusion = static_cast<core::CapacityConclusion>(m_conclusion->currentData().toInt());
    for (const core::UnjustifiedBasis basis : kBases)
        if (m_reliesOn.at(basis)->isChecked())
            assessment.reliesOn << basis;
    return assessment;
}

void CapacityAssessmentForm::fill(const core::CapacityAssessment& assessment)
{
    m_filling = true;
    m_decision->setText(assessment.decision);
    if (assessment.assessedOn.isValid())
        m_assessedOn->setDate(assessment.assessedOn);
    m_assessor->setText(assessment.assessor);
    m_steps->setEvidence(assessment.practicableSteps.join(u'\n'));
    m_information->setEvidence(assessment.relevantInformation);
    const core::FunctionalTest& test = assessment.functionalTest;
    const std::pair<EvidencePrompt*, const core::FunctionalFinding*> findings[] = {
        {m_understand, &test.understand},
        {m_retain, &test.retain},
        {m_useOrWeigh, &test.useOrWeigh},
        {m_communicate, &test.communicate}};
    for (const auto& [prompt, finding] : findings) {
        prompt->setUnable(finding->unable);
        prompt->setEvidence(finding->evidence);
    }
    m_functionalAt = test.recordedAt;
    m_impairment->setEvidence(assessment.causativeNexus.impairment);
    m_causes->setEvidence(assessment.causativeNexus.howItCausesInability);
    m_nexusAt = assessment.causativeNexus.recordedAt;
    m_conclusion->setCurrentIndex(qMax(0, m_conclusion->findData(static_cast<int>(assessment.conclusion))));
    for (const core::UnjustifiedBasis basis : kBases)
        m_reliesOn.at(basis)->setChecked(assessment.reliesOn.contains(basis));
    m_filling = false;
    recheck();
}

bool CapacityAssessmentForm::isEmpty() const
{
    for (const EvidencePrompt* prompt : {m_steps, m_information, m_understand, m_retain, m_useOrWeigh,
                                         m_communicate, m_impairment, m_causes})
        if (!prompt->evidence().isEmpty())
            return false;
    return m_decision->text().trimmed().isEmpty() && m_assessor->text().trimmed().isEmpty();
}

void CapacityAssessmentForm::clearAfterSave()
{
    m_draft->forget();
    clearFields();
}

bool CapacityAssessmentForm::saveDraft()
{
    return m_draft->save();
}

void CapacityAssessmentForm::edited()
{
    if (m_filling)
        return;
    m_draft->edited();
    recheck();
}

void CapacityAssessmentForm::functionalEdited()
{
    if (!m_filling && !m_functionalAt.isValid())
        m_functionalAt = m_now();
    edited();
}

void CapacityAssessmentForm::nexusEdited()
{
    if (!m_filling && !m_nexusAt.isValid())
        m_nexusAt = m_now();
    edited();
}

void CapacityAssessmentForm::recheck()
{
    const core::CapacityRecordResult result = core::checkCapacityRecord(assessment());
    m_result->showResult(recordStatusLabel(result.status), result);
}

void CapacityAssessmentForm::clearFields()
{
    m_filling = true;
    m_decision->clear();
    m_assessedOn->setDate(m_now().date());
    m_assessor->clear();
    for (EvidencePrompt* prompt : {m_steps, m_information, m_understand, m_retain, m_useOrWeigh,
                                   m_communicate, m_impairment, m_causes})
        prompt->clear();
    m_conclusion->setCurrentIndex(0);
    for (const auto& [basis, box] : m_reliesOn)
        box->setChecked(false);
    m_functionalAt = QDateTime();
    m_nexusAt = QDateTime();
    m_filling = false;
    recheck();
}

QJsonObject CapacityAssessmentForm::draftBody() const
{
    QJsonArray bases;
    for (const core::UnjustifiedBasis basis : kBases)
        if (m_reliesOn.at(basis)->isChecked())
            bases.append(core::storageCode(basis));
    return QJsonObject{
        {QStringLiteral("decision"), m_decision->text()},
        {QStringLiteral("assessedOn"), m_assessedOn->date().toString(Qt::ISODate)},
        {QStringLiteral("assessor"), m_assessor->text()},
        {QStringLiteral("steps"), m_steps->editor()->toPlainText()},
        {QStringLiteral("information"), m_information->editor()->toPlainText()},
        {QStringLiteral("understand"), findingJson(m_understand)},
        {QStringLiteral("retain"), findingJson(m_retain)},
        {QStringLiteral("useOrWeigh"), findingJson(m_useOrWeigh)},
        {QStringLiteral("communicate"), findingJson(m_communicate)},
        {QStringLiteral("functionalAt"), m_functionalAt.toString(Qt::ISODate)},
        {QStringLiteral("impairment"), m_impairment->editor()->toPlainText()},
        {QStringLiteral("causes"), m_causes->editor()->toPlainText()},
        {QStringLiteral("nexusAt"), m_nexusAt.toString(Qt::ISODate)},
        {QStringLiteral("conclusion"),
         core::storageCode(static_cast<core::CapacityConclusion>(m_conclusion->currentData().toInt()))},
        {QStringLiteral("reliesOn"), bases}};
}

void CapacityAssessmentForm::restoreFrom(const QJsonObject& draft)
{
    m_filling = true;
    m_decision->setText(draft.value(QStringLiteral("decision")).toString());
    const QDate on = QDate::fromString(draft.value(QStringLiteral("assessedOn")).toString(), Qt::ISODate);
    if (on.isValid())
        m_assessedOn->setDate(on);
    m_assessor->setText(draft.value(QStringLiteral("assessor")).toString());
    m_steps->setEvidence(draft.value(QStringLiteral("steps")).toString());
    m_information->setEvidence(draft.value(QStringLiteral("information")).toString());
    restoreFinding(m_understand, draft.value(QStringLiteral("understand")));
    restoreFinding(m_retain, draft.value(QStringLiteral("retain")));
    restoreFinding(m_useOrWeigh, draft.value(QStringLiteral("useOrWeigh")));
    restoreFinding(m_communicate, draft.value(QStringLiteral("communicate")));
    m_functionalAt = QDateTime::fromString(draft.value(QStringLiteral("functionalAt")).toString(),
                                           Qt::ISODate);
    m_impairment->setEvidence(draft.value(QStringLiteral("impairment")).toString());
    m_causes->setEvidence(draft.value(QStringLiteral("causes")).toString());
    m_nexusAt = QDateTime::fromString(draft.value(QStringLiteral("nexusAt")).toString(), Qt::ISODate);
    const auto conclusion = core::fromStorageCode<core::CapacityConclusion>(
        draft.value(QStringLiteral("conclusion")).toString());
    m_conclusion->setCurrentIndex(qMax(0,
                                       m_conclusion->findData(static_cast<int>(
                                           conclusion.value_or(core::CapacityConclusion::NotConcluded)))));
    const QJsonArray bases = draft.value(QStringLiteral("reliesOn")).toArray();
    for (const core::UnjustifiedBasis basis : kBases)
        m_reliesOn.at(basis)->setChecked(bases.contains(core::storageCode(basis)));
    m_filling = false;
    recheck();
}

} // namespace alongside::ui
