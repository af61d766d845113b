#include "storage/repositories/RiskEnablementRepository.h"

#include "codecs/CheckInputWriter.h"
#include "codecs/RiskEnablementJson.h"
#include "storage/repositories/LegalRecordWrites.h"
#include "storage/repositories/StoredValues.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace alongside::core {

using namespace legalrecords;

namespace {

const QString kRiskEnablement = QStringLiteral("risk enablement");

const char* const kNoNote = QT_TRANSLATE_NOOP("alongside::core::LegalRecords",
                                              "There is no risk enablement note %1 in this store.");

// `writtenOn` is the day the note was first written: a review cannot come before the decision
// it reviews, nor (when the note has no decision date) before the note itself.
void checkNote(const RiskEnablementNote& note, const QDate& today, const QDate& writtenOn)
{
    requireText(note.activity, LegalRecordText::tr("Risk enablement, the activity or situation"));
    if (note.decidedOn.isValid() && note.decidedOn > today)
        refuse(LegalRecordText::tr(
                   "Risk enablement, the date it was decided: %1 is after today; a record says what has "
                   "happened.")
                   .arg(QLocale().toString(note.decidedOn, QLocale::LongFormat)));
    const QDate earliest = note.decidedOn.isValid() ? note.decidedOn : writtenOn;
    if (note.reviewOn.isValid() && note.reviewOn < earliest)
        refuse(LegalRecordText::tr("Risk enablement, the review date: %1 is before %2, when the note was %3.")
                   .arg(QLocale().toString(note.reviewOn, QLocale::LongFormat),
                        QLocale().toString(earliest, QLocale::LongFormat),
                        note.decidedOn.isValid() ? LegalRecordText::tr("decided")
                                                 : LegalRecordText::tr("written")));
}

void checkLinks(const QSqlDatabase& db, qint64 caseId, const std::vector<qint64>& outcomeIds,
                const std::optional<qint64>& assessmentId)
{
    for (const qint64 outcomeId : outcomeIds)
        requireRowOfCase(
            db, QStringLiteral("desired_outcome"), outcomeId, caseId,
            QT_TRANSLATE_NOOP("alongside::core::LegalRecords", "There is no outcome %1 in this case."));
    if (assessmentId)
        requireRowOfCase(db, QStringLiteral("capacity_assessment"), *assessmentId, caseId,
                         QT_TRANSLATE_NOOP("alongside::core::LegalRecords",
                                           "There is no capacity assessment %1 in this case."));
}

QString idList(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList shown;
    for (const qint64 id : ids)
        shown << QString::number(id);
    return shown.join(QStringLiteral(", "));
}

void writeOutcomes(const QSqlDatabase& db, qint64 noteId, const std::vector<qint64>& outcomeIds)
{
    execute(db, QStringLiteral("DELETE FROM risk_enablement_outcome WHERE risk_enablement_id = ?"), {noteId});
    for (const qint64 outcomeId : outcomeIds)
        execute(
            db,
            QStringLiteral("INSERT OR IGNORE INTO risk_enablement_outcome (risk_enablement_id, outcome_id)"
                           " VALUES (?, ?)"),
            {noteId, outcomeId});
}

RecordFields fieldsOf(const QJsonObject& record, const std::vector<qint64>& outcomeIds,
                      const std::optional<qint64>& assessmentId)
{
    RecordFields fields = fieldsOfJson(record);
    fields.emplace_back(QStringLiteral("outcomes"), idList(outcomeIds));
    fields.emplace_back(QStringLiteral("capacity assessment"),
                        assessmentId ? QString::number(*assessmentId) : QString());
    return fields;
}

std::vector<qint64> outcomesOf(const QSqlDatabase& db, qint64 noteId)
{
    std::vector<qint64> ids;
    QSqlQuery query = preparedRead(db,
                                   QStringLiteral("SELECT outcome_id FROM risk_enablement_outcome WHERE "
                                                  "risk_enablement_id = ? ORDER BY outcome_id"),
                                   {noteId});
    if (query.exec()) {
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
    }
    return ids;
}

const QString kColumns = QStringLiteral(
    "SELECT id, case_id, capacity_assessment_id, record, created_at, updated_at FROM risk_enablement");

StoredRiskEnablementNote storedNote(const QSqlDatabase& db, const QSqlQuery& query)
{
    StoredRiskEnablementNote found;
    found.id = query.value(0).toLongLong();
    found.caseId = query.value(1).toLongLong();
    found.capacityAssessmentId = toOptionalId(query.value(2));
    found.outcomeIds = outcomesOf(db, found.id);
    found.note = readRiskEnablementInput(query.value(3).toString().toUtf8(), JsonOrigin::OwnStore).value;
    found.createdAt = stored::toMoment(query.value(4));
    found.updatedAt = stored::toMoment(query.value(5));
    return found;
}

} // namespace

RiskEnablementRepository::RiskEnablementRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

CaseWriteResult RiskEnablementRepository::addNote(qint64 caseId, const RiskEnablementNote& note,
                                                  const std::vector<qint64>& outcomeIds,
                                                  std::optional<qint64> capacityAssessmentId)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        checkNote(note, now.date(), now.date());
        checkLinks(m_db, caseId, outcomeIds, capacityAssessmentId);
        const QJsonObject record = riskEnablementToJson(note);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral(
                "INSERT INTO risk_enablement (case_id, capacity_assessment_id, activity, review_on,"
                " decided_by, record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, optionalId(capacityAssessmentId), note.activity, stored::date(note.reviewOn),
             stored::text(note.decidedBy), QString::fromUtf8(checkInputText(record)), stored::moment(now),
             stored::moment(now)});
        writeOutcomes(m_db, id, outcomeIds);
        history.recordChanges(caseId, kRiskEnablement, id, {},
                              fieldsOf(record, outcomeIds, capacityAssessmentId));
        return id;
    });
}

CaseWriteResult RiskEnablementRepository::updateNote(qint64 noteId, const RiskEnablementNote& note,
                                                     const std::vector<qint64>& outcomeIds,
                                                     std::optional<qint64> capacityAssessmentId)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        const std::optional<StoredRiskEnablementNote> before = this->note(noteId);
        if (!before)
            refuse(LegalRecordText::tr(kNoNote).arg(noteId));
        checkNote(note, now.date(), before->createdAt.date());
        checkLinks(m_db, before->caseId, outcomeIds, capacityAssessmentId);
        const QJsonObject record = riskEnablementToJson(note);
        execute(m_db,
                QStringLiteral(
                    "UPDATE risk_enablement SET capacity_assessment_id = ?, activity = ?, review_on = ?,"
                    " decided_by = ?, record = ?, updated_at = ? WHERE id = ?"),
                {optionalId(capacityAssessmentId), note.activity, stored::date(note.reviewOn),
                 stored::text(note.decidedBy), QString::fromUtf8(checkInputText(record)), stored::moment(now),
                 noteId});
        writeOutcomes(m_db, noteId, outcomeIds);
        history.recordChanges(
            before->caseId, kRiskEnablement, noteId,
            fieldsOf(riskEnablementToJson(before->note), before->outcomeIds, before->capacityAssessmentId),
            fieldsOf(record, outcomeIds, capacityAssessmentId));
        return noteId;
    });
}

std::vector<StoredRiskEnablementNote> RiskEnablementRepository::notes(qint64 caseId) const
{
    std::vector<StoredRiskEnablementNote> found;
    QSqlQuery query = preparedRead(m_db, kColumns + QStringLiteral(" WHERE case_id = ? ORDER BY id"),
                                   {caseId});
    if (!query.exec())
        return found;
    while (query.next())
        found.push_back(storedNote(m_db, query));
    return found;
}

std::optional<StoredRiskEnablementNote> RiskEnablementRepository::note(qint64 noteId) const
{
    QSqlQuery query = preparedRead(m_db, kColumns + QStringLiteral(" WHERE id = ?"), {noteId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return storedNote(m_db, query);
}

} // namespace alongside::core
