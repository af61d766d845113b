#include "capacity/CapacitySection.h"

#include "capacity/BestInterestsForm.h"
#include "capacity/CapacityAssessmentForm.h"
#include "capacity/LegalLabels.h"
#include "capacity/LegalRecordCard.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/FormDraft.h"
#include "common/GentleNote.h"
#include "rules/BestInterestsCheck.h"
#include "rules/CapacityRecordCheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace alongside::ui {

CapacitySection::CapacitySection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Capacity and best interests"), access, parent),
      m_lacked(new QComboBox(this)),
      m_supported(new QComboBox(this)),
      m_cards(new QWidget(this)),
      m_cardLayout(new QVBoxLayout(m_cards)),
      m_doubtDecision(new QLineEdit(this)),
      m_doubtWhy(new QLineEdit(this)),
      m_noteDoubt(new QPushButton(tr("Note a doubt"), this)),
      m_recordAssessment(new QPushButton(tr("Record a capacity &assessment"), this)),
      m_form(new CapacityAssessmentForm(access.now, this)),
      m_recordBestInterests(new QPushButton(tr("Record a best-interests decision"), this)),
      m_bestInterests(new BestInterestsForm(access.now, this))
{
    setObjectName(QStringLiteral("capacitySection"));
    auto* presumed = new QLabel(tr("Capacity is assumed unless something gives reason to doubt it. An "
                                   "assessment is about one decision, at the time it needs making."),
                                this);
    presumed->setWordWrap(true);
    body()->addWidget(presumed);

    // SAC SG3a, about the enquiry as a whole, in the collection's own words.
    m_lacked->setObjectName(QStringLiteral("enquiryLackedCapacity"));
    m_lacked->setAccessibleName(tr("Did the person lack capacity to take part in the enquiry?"));
    m_lacked->addItem(tr("Not recorded yet"), QString());
    m_lacked->addItem(tr("Yes"), QStringLiteral("yes"));
    m_lacked->addItem(tr("No"), QStringLiteral("no"));
    m_lacked->addItem(tr("Don't know"), QStringLiteral("dont-know"));
    m_supported->setObjectName(QStringLiteral("enquirySupported"));
    m_supported->setAccessibleName(tr("Were they supported by an advocate, family or friend?"));
    m_supported->addItem(tr("Not recorded yet"), QString());
    m_supported->addItem(tr("Yes"), QStringLiteral("yes"));
    m_supported->addItem(tr("No"), QStringLiteral("no"));
    auto* sac = new QFormLayout;
    sac->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* lackedLabel = new QLabel(tr("Did they lack capacity to take part in the enquiry?"), this);
    lackedLabel->setBuddy(m_lacked);
    sac->addRow(lackedLabel, m_lacked);
    auto* supportedLabel = new QLabel(tr("If so, supported by an advocate, family or friend?"), this);
    supportedLabel->setBuddy(m_supported);
    sac->addRow(supportedLabel, m_supported);
    body()->addLayout(sac);

    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    body()->addWidget(m_cards);

    m_doubtDecision->setObjectName(QStringLiteral("doubtDecision"));
    m_doubtDecision->setAccessibleName(tr("Doubt about which decision"));
    m_doubtDecision->setPlaceholderText(tr("Which decision — for example: managing her money"));
    m_doubtWhy->setObjectName(QStringLiteral("doubtWhy"));
    m_doubtWhy->setAccessibleName(tr("What gave reason to doubt"));
    m_doubtWhy->setPlaceholderText(tr("What gave reason to doubt"));
    m_noteDoubt->setObjectName(QStringLiteral("noteDoubt"));
    auto* doubtRow = new QHBoxLayout;
    doubtRow->addWidget(m_doubtDecision, 2);
    doubtRow->addWidget(m_doubtWhy, 3);
    doubtRow->addWidget(m_noteDoubt);
    body()->addLayout(doubtRow);

    m_recordAssessment->setObjectName(QStringLiteral("recordCapacityAssessment"));
    m_recordBestInterests->setObjectName(QStringLiteral("recordBestInterests"));
    auto* starts = new QHBoxLayout;
    starts->addWidget(m_recordAssessment);
    starts->addWidget(m_recordBestInterests);
    starts->addStretch(1);
    body()->addLayout(starts);
    body()->addWidget(m_form);
    body()->addWidget(m_bestInterests);
    showAssessmentForm(false);
    showBestInterestsForm(false);

    connect(m_lacked, &QComboBox::activated, this, &CapacitySection::enquiryAnswered);
    connect(m_supported, &QComboBox::activated, this, &CapacitySection::enquiryAnswered);
    connect(m_noteDoubt, &QPushButton::clicked, this, &CapacitySection::noteDoubt);
    connect(m_doubtWhy, &QLineEdit::returnPressed, this, &CapacitySection::noteDoubt);
    connect(m_recordAssessment, &QPushButton::clicked, this, [this] { startAssessment(); });
    connect(m_recordBestInterests, &QPushButton::clicked, this, [this] { startBestInterests(); });
    connect(m_form, &CapacityAssessmentForm::saveRequested, this, &CapacitySection::saveAssessment);
    connect(m_form, &CapacityAssessmentForm::putAsideRequested, this, [this] {
        showAssessmentForm(false);
        m_recordAssessment->setFocus();
    });
    connect(m_bestInterests, &BestInterestsForm::saveRequested, this, &CapacitySection::saveBestInterests);
    // Cancel puts the decision aside: what was typed stays a draft, waiting in this part.
    connect(m_bestInterests, &BestInterestsForm::cancelRequested, this, [this] {
        putBestInterestsAway();
        m_recordBestInterests->setFocus();
    });
}

namespace {
const QString kBestInterests = QStringLiteral("best-interests");
}

void CapacitySection::leavingCase()
{
    putBestInterestsAway();
}

void CapacitySection::carryOnDrafts(bool arrived)
{
    if (!arrived || !m_bestInterests->isHidden())
        return;
    const std::vector<core::DraftPlace> waiting = draftsWaiting(kBestInterests);
    if (!waiting.empty())
        startBestInterests(waiting.front().recordId);
}

void CapacitySection::putBestInterestsAway()
{
    m_bestInterests->draft()->close(); // before it is hidden, so what was typed is kept
    m_editingBestInterests = 0;
    m_forAssessment.reset();
    showBestInterestsForm(false);
}

core::CapacityRepository CapacitySection::repository() const
{
    return core::CapacityRepository(access().db, access().practitioner(), access().now);
}

void CapacitySection::switchCase(qint64 caseId)
{
    m_editingAssessment = 0;
    m_forDoubt.reset();
    showAssessmentForm(m_form->setCase(caseId));
    putBestInterestsAway();
}

bool CapacitySection::saveDraft()
{
    return m_form->saveDraft();
}

void CapacitySection::showRecord(const core::CaseRecord& record)
{
    const core::CapacityRepository store = repository();
    const core::EnquiryCapacity enquiry = store.enquiryCapacity(record.id).value_or(core::EnquiryCapacity{});
    m_lacked->setCurrentIndex(qMax(0, m_lacked->findData(enquiry.lackedCapacity)));
    m_supported->setCurrentIndex(qMax(0, m_supported->findData(enquiry.supportedBy)));
    m_supported->setEnabled(enquiry.lackedCapacity == QStringLiteral("yes"));

    qDeleteAll(m_cards->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    const std::vector<core::StoredCapacityDoubt> doubts = store.doubts(record.id);
    const std::vector<core::StoredCapacityAssessment> assessments = store.assessments(record.id);
    const std::vector<core::StoredBestInterestsDecision> decisions = store.bestInterestsDecisions(record.id);

    for (const core::StoredCapacityDoubt& doubt : doubts) {
        const bool assessed = std::any_of(assessments.begin(), assessments.end(),
                                          [&](const auto& stored) { return stored.doubtId == doubt.id; });
        auto* card = new LegalRecordCard(QStringLiteral("capacityDoubtCard"),
                                         tr("Doubt about: %1").arg(doubt.doubt.decision),
                                         {tr("Noted %1").arg(shortDate(doubt.doubt.notedOn)), doubt.doubt.why,
                                          assessed ? tr("Assessed — see below") : tr("Not assessed yet")},
                                         m_cards);
        if (!assessed) {
            const qint64 id = doubt.id;
            QPushButton* assess = card->addButton(tr("Assess this decision"),
                                                  tr("Assess this decision: %1").arg(doubt.doubt.decision));
            connect(assess, &QPushButton::clicked, this, [this, id] { startAssessment(0, id); });
        }
        m_cardLayout->addWidget(card);
    }
    for (const core::StoredCapacityAssessment& stored : assessments) {
        const core::CapacityAssessment& assessment = stored.assessment;
        const core::CapacityRecordResult check = core::checkCapacityRecord(assessment);
        auto* card = new LegalRecordCard(
            QStringLiteral("capacityAssessmentCard"), tr("Capacity: %1").arg(assessment.decision),
            {tr("Assessed %1 by %2").arg(shortDate(assessment.assessedOn), assessment.assessor),
             conclusionLabel(assessment.conclusion), recordStatusLabel(check.status)},
            m_cards);
        const qint64 id = stored.id;
        QPushButton* open = card->addButton(tr("Open"),
                                            tr("Open the capacity assessment: %1").arg(assessment.decision));
        connect(open, &QPushButton::clicked, this, [this, id] { startAssessment(id); });
        if (assessment.conclusion == core::CapacityConclusion::LacksCapacity) {
            QPushButton* decide = card->addButton(
                tr("Best-interests decision"),
                tr("Record a best-interests decision for: %1").arg(assessment.decision));
            connect(decide, &QPushButton::clicked, this, [this, id] { startBestInterests(0, id); });
        }
        m_cardLayout->addWidget(card);
    }
    for (const core::StoredBestInterestsDecision& stored : decisions) {
        const core::BestInterestsResult check = core::checkBestInterests(stored.decision);
        auto* card = new LegalRecordCard(
            QStringLiteral("bestInterestsCard"), tr("Best interests: %1").arg(stored.decision.decision),
            {tr("Decided %1 by %2").arg(shortDate(stored.decision.decidedOn), stored.decision.decisionMaker),
             recordStatusLabel(check.status)},
            m_cards);
        const qint64 id = stored.id;
        QPushButton* open = card->addButton(
            tr("Open"), tr("Open the best-interests decision: %1").arg(stored.decision.decision));
        connect(open, &QPushButton::clicked, this, [this, id] { startBestInterests(id); });
        m_cardLayout->addWidget(card);
    }
    if (doubts.empty() && assessments.empty() && decisions.empty()) {
        auto* none = new QLabel(tr("No doubts about capacity recorded."), m_cards);
        none->setObjectName(QStringLiteral("noCapacityRecords"));
        m_cardLayout->addWidget(none);
    }
}

void CapacitySection::enquiryAnswered()
{
    const QString lacked = m_lacked->currentData().toString();
    const QString supported = lacked == QStringLiteral("yes") ? m_supported->currentData().toString()
                                                              : QString();
    report(repository().setEnquiryCapacity(caseId(), lacked, supported));
}

void CapacitySection::noteDoubt()
{
    if (m_doubtDecision->text().trimmed().isEmpty()) {
        m_doubtDecision->setFocus();
        return;
    }
    if (report(repository().noteDoubt(caseId(), m_doubtDecision->text().trimmed(), access().today(),
                                      m_doubtWhy->text().trimmed()))) {
        m_doubtDecision->clear();
        m_doubtWhy->clear();
    }
}

void CapacitySection::startAssessment(qint64 assessmentId, std::optional<qint64> doubtId)
{
    m_editingAssessment = assessmentId;
    m_forDoubt = doubtId;
    if (assessmentId != 0) {
        const std::optional<core::StoredCapacityAssessment> stored = repository().assessment(assessmentId);
        if (!stored)
            return;
        m_form->setCase(0); // an opened record is edited in place, not as this case's draft
        m_form->fill(stored->assessment);
    } else if (doubtId) {
        for (const core::StoredCapacityDoubt& doubt : repository().doubts(caseId()))
            if (doubt.id == *doubtId) {
                m_form->setCase(caseId());
                m_form->decision()->setText(doubt.doubt.decision);
            }
    } else {
        m_form->setCase(caseId());
    }
    showAssessmentForm(true);
    m_form->decision()->setFocus();
}

void CapacitySection::startBestInterests(qint64 decisionId, std::optional<qint64> assessmentId)
{
    m_bestInterests->draft()->close(); // the decision it was at stays a draft
    m_editingBestInterests = decisionId;
    m_forAssessment = assessmentId;
    m_bestInterests->clear();
    if (decisionId != 0) {
        if (const auto stored = repository().bestInterests(decisionId))
            m_bestInterests->fill(stored->decision);
    } else if (assessmentId) {
        if (const auto stored = repository().assessment(*assessmentId))
            m_bestInterests->decisionField()->setText(stored->assessment.decision);
    }
    showBestInterestsForm(true);
    // Opened once it shows the decision as stored: a draft is what differs from that.
    m_bestInterests->draft()->open(draftPlace(kBestInterests, decisionId));
    m_bestInterests->decisionField()->setFocus();
}

void CapacitySection::saveAssessment()
{
    if (const QString unread = unreadDateIn(m_form); !unread.isEmpty()) {
        problem()->say(unread);
        return;
    }
    core::CapacityAssessment assessment = m_form->assessment();
    // The order things were written in is kept (JB [2021] UKSC 52); a part never typed has no time.
    const QDateTime now = access().now();
    if (!assessment.functionalTest.recordedAt.isValid())
        assessment.functionalTest.recordedAt = now;
    if (!assessment.causativeNexus.recordedAt.isValid() && !assessment.causativeNexus.impairment.isEmpty())
        assessment.causativeNexus.recordedAt = now;
    const core::CaseWriteResult result = m_editingAssessment != 0
        ? repository().updateAssessment(m_editingAssessment, assessment)
        : repository().addAssessment(caseId(), assessment, m_forDoubt);
    if (!result.ok()) {
        problem()->say(result.error);
        return;
    }
    m_form->clearAfterSave();
    m_editingAssessment = 0;
    m_forDoubt.reset();
    showAssessmentForm(false);
    m_recordAssessment->setFocus();
    report(result);
}

void CapacitySection::saveBestInterests()
{
    if (const QString unread = unreadDateIn(m_bestInterests); !unread.isEmpty()) {
        problem()->say(unread);
        return;
    }
    const core::BestInterestsDecision decision = m_bestInterests->decision();
    const core::CaseWriteResult result = m_editingBestInterests != 0
        ? repository().updateBestInterests(m_editingBestInterests, decision)
        : repository().addBestInterests(caseId(), decision, m_forAssessment);
    if (!result.ok()) {
        problem()->say(result.error);
        return;
    }
    m_bestInterests->draft()->forget();
    putBestInterestsAway();
    m_recordBestInterests->setFocus();
    report(result);
}

void CapacitySection::showAssessmentForm(bool show)
{
    m_form->setVisible(show);
    m_recordAssessment->setVisible(!show);
}

void CapacitySection::showBestInterestsForm(bool show)
{
    m_bestInterests->setVisible(show);
    m_recordBestInterests->setVisible(!show);
}

} // namespace alongside::ui
