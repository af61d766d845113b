#pragma once

#include "SyntheticCaseload.h"
#include "SyntheticJourney.h"
#include "WorkloadRows.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;

namespace alongside::core {
class SecretBytes;
}

namespace alongside::bench {

// The benchmark operations as a repository writes them: QSqlQuery, forward-only,
// addBindValue, value(i).toString()/toLongLong().
class DriverWorkload {
public:
    explicit DriverWorkload(QSqlDatabase db) : m_db(std::move(db)) {}

    void insert(const SyntheticCaseloadQt& caseload);
    // The case journey, in one transaction (written on this side only; see BenchRun).
    void insertJourneys(const SyntheticJourneys& journeys);
    qint64 firstQuery() const;
    // `sql` is CaseloadRepository's own query, captured from it (any columns).
    std::vector<RowQt> caseload(const QString& sql) const;
    CaseFileQt caseFile(qint64 caseId) const;
    std::vector<StageCountQt> notesPerStage() const;

private:
    QSqlDatabase m_db;
};

// Opens `path` through SqlCipherDriver::openWithKey (what Store does once the key is derived)
// and registers it with QSqlDatabase as `connectionName`.
// The SQLCipher connection under a store's QSqlDatabase (for tracing and page-cache control,
// never for queries: those go through QtSql).
sqlite3* driverHandle(const QSqlDatabase& db);

QSqlDatabase openDriverConnection(const QString& path, const core::SecretBytes& rawKeySpec,
                                  const QString& connectionName);
void closeDriverConnection(const QString& connectionName);

} // namespace alongside::bench
