#pragma once

#include "codecs/WholeCaseLayout.h"
#include "storage/repositories/CaseRepository.h"

#include <functional>
#include <vector>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace alongside::core {

// A whole case as the store holds it (case format version 2, codecs/WholeCaseLayout.h): every
// record under the case, each with its uid, links between records as uids rather than this
// store's ids. Reading and writing are exact, so a case read, written into another store and
// read there again is the same WholeCase.
class WholeCaseRows {
public:
    explicit WholeCaseRows(QSqlDatabase db);

    // Every record of the case with this id; nullopt if it is not here or cannot be read.
    std::optional<WholeCase> read(qint64 caseId) const;

    // Writes the case's records as they are: uids, dates, authors and history as the file has
    // them, nothing added (no history of the import: the history it carries is the case's).
    // Records a kind marks shared (the person, a supervision session) that are already here by
    // uid are kept and linked to. Throws WriteRefused; call inside a WriteTransaction.
    qint64 write(const WholeCase& wholeCase) const;

    // Every case in one transaction, with `sameChange` (if given) in it too: all or nothing.
    // Each case written must meet the store's own rules for a case (CaseValidation.h), read
    // back as the case journey. The result's id is the last case's.
    CaseWriteResult writeCases(const std::vector<WholeCase>& cases,
                               const std::function<void()>& sameChange = {}) const;

    // The reference of the case with this uid in this store, if there is one.
    std::optional<QString> referenceOfCase(const QString& caseUid) const;

private:
    // A statement per kind, prepared once and run for every case and record: a team's
    // caseload is thousands of records.
    QSqlQuery& statement(std::vector<QSqlQuery>& cache, std::size_t kind, const QString& sql) const;

    QSqlDatabase m_db;
    mutable std::vector<QSqlQuery> m_selects;
    mutable std::vector<QSqlQuery> m_inserts;
};

} // namespace alongside::core
