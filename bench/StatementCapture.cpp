#include "StatementCapture.h"

#include "storage/SqlCipherApi.h"

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
    if (type == SQLITE_TRACE_STMT && traced && traced[0] != '-') {
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
        static_cast<StatementCapture*>(context)->m_statements.emplace_back(sql ? sql : "");
    }
    return 0;
}

std::string StatementCapture::firstSelect() const
{
    for (const std::string& sql : m_statements) {
        if (sql.rfind("SELECT", 0) == 0)
            return sql;
    }
    return {};
}

} // namespace alongside::bench
