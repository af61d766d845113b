#pragma once

#include "SyntheticCaseload.h"
#include "WorkloadRows.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

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
QSqlDatabase openDriverConnection(const QString& path, const core::SecretBytes& rawKeySpec,
                                  const QString& connectionName);
void closeDriverConnection(const QString& connectionName);

} // namespace alongside::bench
