#pragma once

#include "CapturedStatement.h"

#include <string>
#include <vector>

struct sqlite3;

namespace alongside::bench {

// Records every top-level statement run on a connection while it exists (sqlite3_trace_v2):
// its SQL and, through sqlite3_expanded_sql, the values bound to it. So the bench can time a
// repository's own statements on both sides without keeping a copy of their text that would
// drift.
class StatementCapture {
public:
    explicit StatementCapture(sqlite3* db);
    ~StatementCapture();
    StatementCapture(const StatementCapture&) = delete;
    StatementCapture& operator=(const StatementCapture&) = delete;

    // Every statement in the order run, bound values parsed (throws if one cannot be replayed).
    std::vector<CapturedStatement> statements() const;
    // The first captured statement that starts with SELECT; empty if none.
    std::string firstSelect() const;
    // The first captured SELECT that reads `table`; empty if none.
    std::string firstSelectFrom(const std::string& table) const;

private:
    static int onTrace(unsigned type, void* context, void* statement, void* text);

    sqlite3* m_db;
    std::vector<CapturedStatement> m_statements; // values not yet parsed
};

} // namespace alongside::bench
