#pragma once

#include "model/RiskEnablementNote.h"
#include "storage/repositories/CaseRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

struct StoredRiskEnablementNote {
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> capacityAssessmentId; // capacity for this risk decision, where in doubt
    std::vector<qint64> outcomeIds;             // the person's desired outcomes it serves
    RiskEnablementNote note;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Risk enablement notes of a case (docs/checks.md, "Risk enablement record"). Each write runs in one
// transaction and appends to the record history. Refused: no activity; a review date before
// the decision date (or before today when the note has no decision date); an outcome or
// capacity assessment that is unknown or belongs to another case.
class RiskEnablementRepository {
public:
    using Clock = std::function<QDateTime()>;
    RiskEnablementRepository(QSqlDatabase db, QString practitioner,
                             Clock clock = &QDateTime::currentDateTime);

    CaseWriteResult addNote(qint64 caseId, const RiskEnablementNote& note,
                            const std::vector<qint64>& outcomeIds = {},
                            std::optional<qint64> capacityAssessmentId = std::nullopt);
    // Replaces the note, its outcome links and its capacity link.
    CaseWriteResult updateNote(qint64 noteId, const RiskEnablementNote& note,
                               const std::vector<qint64>& outcomeIds = {},
                               std::optional<qint64> capacityAssessmentId = std::nullopt);
    std::vector<StoredRiskEnablementNote> notes(qint64 caseId) const; // oldest first
    std::optional<StoredRiskEnablementNote> note(qint64 noteId) const;

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core
