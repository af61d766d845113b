#include "StatementCapture.h"

#include "storage/driver/SqlCipherApi.h"

#include <cstring>

namespace alongside::bench {

StatementCapture::StatementCapture(sqlite3* db) : m_db(db)
{
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCapture::onTrace, this);
}

StatementCapture::~StatementCapture()
{
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

int StatementCapture::onTrace(unsigned type, void* context, void* statement, void* text)
{
    // Statements run by triggers arrive as "-- TRIGGER name" comments: not ours to time.
    const auto* traced = static_cast<const char*>(text);
    if (type != SQLITE_TRACE_STMT || !traced || traced[0] == '-')
        return 0;
    auto* prepared = static_cast<sqlite3_stmt*>(statement);
    const char* sql = sqlite3_sql(prepared);
    char* expanded = sqlite3_expanded_sql(prepared);
    // Nor are the statements SQLite runs itself while another is stepping (FTS4 reading its
    // shadow tables for a MATCH): SQLite 3.15 traces them as top-level, but writes their
    // expanded text with "-- " in front. The outer statement's time includes them.
    const bool nested = expanded && std::strncmp(expanded, "-- ", 3) == 0;
    if (!nested)
        static_cast<StatementCapture*>(context)->m_statements.push_back(
            {sql ? sql : "", expanded ? expanded : "", {}});
    sqlite3_free(expanded);
    return 0;
}

std::vector<CapturedStatement> StatementCapture::statements() const
{
    std::vector<CapturedStatement> statements = m_statements;
    for (CapturedStatement& statement : statements)
        statement.values = parseBoundValues(statement.sql, statement.expanded);
    return statements;
}

std::string StatementCapture::firstSelect() const
{
    for (const CapturedStatement& statement : m_statements) {
        if (statement.sql.rfind("SELECT", 0) == 0)
            return statement.sql;
    }
    return {};
}

std::string StatementCapture::firstSelectFrom(const std::string& table) const
{
    for (const CapturedStatement& statement : m_statements) {
        if (statement.sql.rfind("SELECT", 0) == 0 && statement.sql.find("FROM " + table) != std::string::npos)
            return statement.sql;
    }
    return {};
}

} // namespace alongside::bench
