#pragma once

#include "RawSqlCipher.h"
#include "SyntheticCaseload.h"
#include "WorkloadRows.h"

#include <vector>

namespace alongside::bench {

// The current row of `statement`, every column: integers as integers, NULL as an empty
// optional, everything else as UTF-8 text.
RowRaw readRow(const RawStatement& statement, std::size_t columns);

// The benchmark operations written as careful C-API code would write them: statements
// prepared per call (as the repositories do), values read straight into native types.
class RawWorkload {
public:
    explicit RawWorkload(RawConnection& connection) : m_connection(connection) {}

    // The store's schema from core's migration list, applied step by step as the driver does.
    void createSchema();
    void insert(const SyntheticCaseload& caseload);
    qint64 firstQuery() const;
    // `sql` is CaseloadRepository's own query, captured from it (any columns).
    std::vector<RowRaw> caseload(const std::string& sql) const;
    CaseFileRaw caseFile(qint64 caseId) const;
    std::vector<StageCountRaw> notesPerStage() const;

private:
    RawConnection& m_connection;
};

} // namespace alongside::bench
