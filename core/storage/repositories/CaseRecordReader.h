#pragma once

#include "model/CaseRecord.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace alongside::core {

// Reads a case back from the store, whole or a part at a time (the parts let a write compare
// what was there with what replaces it, for the record history). A handful of queries per
// case, each by index, whatever the number of notes.
class CaseRecordReader {
public:
    explicit CaseRecordReader(QSqlDatabase db);

    std::optional<CaseRecord> load(qint64 caseId) const;

    std::optional<Person> person(qint64 personId) const;
    std::optional<Concern> concern(qint64 caseId) const;
    std::optional<Section42Decision> section42(qint64 caseId) const;
    std::vector<DesiredOutcome> outcomes(qint64 caseId) const; // in the order added; revisions oldest first
    std::vector<Conversation> conversations(qint64 caseId) const; // oldest first
    std::vector<PlanAction> actions(qint64 caseId) const;         // in the order added
    std::vector<CaseNote> notes(qint64 caseId) const;             // oldest first, addenda after their note
    std::optional<Closure> closure(qint64 caseId) const;

private:
    void readImportantPeople(Person& person) const;
    // A concern's list of SAC labels kept one per row (type, location or source of risk).
    QStringList labelList(const QString& table, const QString& column, qint64 caseId) const;
    void readLetterWording(CaseRecord& record) const; // CaseRecordLetterWording.cpp
    QSqlDatabase m_db;
};

} // namespace alongside::core
