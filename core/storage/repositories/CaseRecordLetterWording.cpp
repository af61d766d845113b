// The easy-read letter's own wording for a case's records (schema step 7), read with the case
// and written beside each record: parts of CaseRecordReader and CaseRecordWriter kept together.

#include "storage/repositories/CaseRecordReader.h"
#include "storage/repositories/CaseRecordWriter.h"

#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

struct WordingColumn {
    const char* table;
    const char* column;
    const char* key;     // the row's id column
    const char* history; // the record the history names
};

WordingColumn columnFor(LetterWordingOf of)
{
    switch (of) {
    case LetterWordingOf::Outcome:
        return {"desired_outcome", "letter_wording", "id", "outcome"};
    case LetterWordingOf::Achievement:
        return {"outcome_achievement", "letter_why", "outcome_id", "outcome"};
    case LetterWordingOf::Action:
        return {"plan_action", "letter_wording", "id", "action"};
    case LetterWordingOf::Closure:
        return {"closure", "letter_next", "case_id", "closure"};
    }
    return {"closure", "letter_next", "case_id", "closure"};
}

QString historyField(LetterWordingOf of)
{
    return of == LetterWordingOf::Achievement ? QStringLiteral("why, for the letter")
        : of == LetterWordingOf::Closure      ? QStringLiteral("what happens next, for the letter")
                                              : QStringLiteral("for the letter");
}

// Every stored wording of one kind for the case: row id → wording.
std::vector<std::pair<qint64, QString>> wordings(const QSqlDatabase& db, const QString& sql, qint64 caseId)
{
    std::vector<std::pair<qint64, QString>> found;
    QSqlQuery query(db);
    query.setForwardOnly(dialect::streamsRows(db));
    query.prepare(sql);
    query.addBindValue(caseId);
    if (!query.exec())
        return found;
    while (query.next())
        found.emplace_back(query.value(0).toLongLong(), query.value(1).toString());
    return found;
}

} // namespace

void CaseRecordReader::readLetterWording(CaseRecord& record) const
{
    for (const auto& [id, wording] :
         wordings(m_db,
                  QStringLiteral("SELECT id, letter_wording FROM desired_outcome WHERE case_id = ?"
                                 " AND letter_wording IS NOT NULL"),
                  record.id)) {
        for (DesiredOutcome& outcome : record.outcomes) {
            if (outcome.id == id)
                outcome.letterWording = wording;
        }
    }
    for (const auto& [id, wording] :
         wordings(m_db,
                  QStringLiteral("SELECT a.outcome_id, a.letter_why FROM outcome_achievement a"
                                 " JOIN desired_outcome o ON o.id = a.outcome_id"
                                 " WHERE o.case_id = ? AND a.letter_why IS NOT NULL"),
                  record.id)) {
        for (DesiredOutcome& outcome : record.outcomes) {
            if (outcome.id == id && outcome.achievement)
                outcome.achievement->letterWhy = wording;
        }
    }
    for (const auto& [id, wording] :
         wordings(m_db,
                  QStringLiteral("SELECT id, letter_wording FROM plan_action WHERE case_id = ?"
                                 " AND letter_wording IS NOT NULL"),
                  record.id)) {
        for (PlanAction& action : record.actions) {
            if (action.id == id)
                action.letterWording = wording;
        }
    }
    for (const auto& [id, wording] :
         wordings(m_db,
                  QStringLiteral("SELECT case_id, letter_next FROM closure WHERE case_id = ?"
                                 " AND letter_next IS NOT NULL"),
                  record.id)) {
        if (record.closure)
            record.closure->letterNext = wording;
    }
}

void CaseRecordWriter::writeLetterWording(qint64 caseId, LetterWordingOf of, qint64 rowId,
                                          const QString& before, const QString& after)
{
    const QString wording = after.trimmed();
    if (wording.isEmpty() && before.trimmed().isEmpty())
        return; // nothing written for the letter, then or now
    const WordingColumn where = columnFor(of);
    execute(m_db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                .arg(QLatin1String(where.table), QLatin1String(where.column), QLatin1String(where.key)),
            {stored::text(wording), rowId});
    if (before.trimmed() != wording)
        m_history.recordChange(caseId, QLatin1String(where.history), rowId, historyField(of),
                               before.trimmed(), wording);
}

} // namespace alongside::core
