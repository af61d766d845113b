#pragma once

#include <string>
#include <vector>

struct sqlite3;

namespace alongside::bench {

// Records the SQL text of every top-level statement run on a connection while it exists
// (sqlite3_trace_v2), so the bench can time a repository's own query on both sides without
// keeping a copy of its text that would drift.
class StatementCapture {
public:
    explicit StatementCapture(sqlite3* db);
    ~StatementCapture();
    StatementCapture(const StatementCapture&) = delete;
    StatementCapture& operator=(const StatementCapture&) = delete;

    const std::vector<std::string>& statements() const { return m_statements; }
    // The first captured statement that starts with SELECT; empty if none.
    std::string firstSelect() const;

private:
    static int onTrace(unsigned type, void* context, void* statement, void* text);

    sqlite3* m_db;
    std::vector<std::string> m_statements;
};

} // namespace alongside::bench
