#pragma once

#include "CapturedStatement.h"
#include "RawSqlCipher.h"
#include "WorkloadRows.h"

#include <string>
#include <vector>

namespace alongside::bench {

struct RawSearchHit {
    qint64 caseId = 0;
    std::string source;
    std::string snippet;
};

// The raw side of the issue-3 rows: statements captured from the repositories, run through the
// C API as careful C would run them (prepared per call, values bound, every column of every
// row read into native types).
class RawJourneyWorkload {
public:
    explicit RawJourneyWorkload(RawConnection& connection) : m_connection(connection) {}

    // Each statement in turn, read to the end; the rows of each.
    std::vector<std::vector<RowRaw>> replay(const std::vector<CapturedStatement>& statements) const;

    // What CaseSearch::search does, in C: step the hits statement, keeping the first row of each
    // (case, source) until `limit` hits, then read the snippets statement. `snippets` is replayed
    // as captured: its docid list is the one the hits statement gives (checked before timing).
    std::vector<RawSearchHit> search(const CapturedStatement& hits, const CapturedStatement& snippets,
                                     std::size_t limit) const;

    // Binds each statement as replay() does and checks that SQLite's expanded text is exactly
    // the captured one: same SQL, same values. Returns the first difference, or empty.
    std::string checkBindings(const std::vector<CapturedStatement>& statements) const;

private:
    RawConnection& m_connection;
};

} // namespace alongside::bench
