#pragma once

#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "storage/repositories/CaseRepository.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

// A reason to doubt the person can make one decision (MCA 2005 s.1(2): capacity is presumed;
// Code of Practice ch.4: an assessment is needed when something gives reason to doubt it).
struct CapacityDoubt {
    QString decision;
    QDate notedOn;
    QString why; // what gave reason to doubt
};

struct StoredCapacityDoubt {
    qint64 id = 0;
    qint64 caseId = 0;
    CapacityDoubt doubt;
    QDateTime createdAt;
};

struct StoredCapacityAssessment {
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> doubtId; // the doubt it answers, if any
    CapacityAssessment assessment;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct StoredBestInterestsDecision {
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> assessmentId; // the assessment that found they lack capacity, if linked
    BestInterestsDecision decision;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// SAC SG3a about the enquiry, as codes: lackedCapacity 'yes' | 'no' | 'dont-know' | "" (not
// recorded); supportedBy (of 'yes': supported by an advocate, family or friend) 'yes' | 'no' | "".
struct EnquiryCapacity {
    QString lackedCapacity;
    QString supportedBy;
};

// Capacity doubts, assessments and best-interests decisions of a case: many per case, each
// about one decision (MCA 2005 s.2(1)). Every write runs in one transaction and appends what
// it changed to the record history, as CaseRepository does (who = the practitioner; when =
// the injected clock). Records are kept whole as JSON in the docs/checks.md input format, so
// `alongside-cli check` reads exactly what the store holds.
class CapacityRepository {
public:
    using Clock = std::function<QDateTime()>;
    CapacityRepository(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    CaseWriteResult noteDoubt(qint64 caseId, const QString& decision, const QDate& notedOn,
                              const QString& why);
    std::vector<StoredCapacityDoubt> doubts(qint64 caseId) const;

    // Refused: no decision, no date, a date after today (by the clock), an unknown case, or a
    // doubt of another case. The functional test's and causative nexus's recordedAt are kept
    // exactly, so the order the record was made in (JB [2021] UKSC 52) can be shown.
    CaseWriteResult addAssessment(qint64 caseId, const CapacityAssessment& assessment,
                                  std::optional<qint64> doubtId = std::nullopt);
    CaseWriteResult updateAssessment(qint64 assessmentId, const CapacityAssessment& assessment);
    std::vector<StoredCapacityAssessment> assessments(qint64 caseId) const; // oldest first
    std::optional<StoredCapacityAssessment> assessment(qint64 assessmentId) const;

    CaseWriteResult addBestInterests(qint64 caseId, const BestInterestsDecision& decision,
                                     std::optional<qint64> assessmentId = std::nullopt);
    CaseWriteResult updateBestInterests(qint64 decisionId, const BestInterestsDecision& decision);
    std::vector<StoredBestInterestsDecision> bestInterestsDecisions(qint64 caseId) const; // oldest first
    std::optional<StoredBestInterestsDecision> bestInterests(qint64 decisionId) const;

    // SAC SG3a for the enquiry. Codes as in EnquiryCapacity; anything else is refused.
    CaseWriteResult setEnquiryCapacity(qint64 caseId, const QString& lackedCapacity,
                                       const QString& supportedBy);
    std::optional<EnquiryCapacity> enquiryCapacity(qint64 caseId) const;

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core
