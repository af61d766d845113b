#include "RawJourneyWorkload.h"

#include "RawWorkload.h"

#include <map>
#include <set>
#include <utility>

namespace alongside::bench {

namespace {

void bindAll(RawStatement& statement, const std::vector<BoundValue>& values)
{
    int position = 0;
    for (const BoundValue& value : values) {
        ++position;
        switch (value.kind) {
        case BoundValue::Kind::Null:
            statement.bindNull(position);
            break;
        case BoundValue::Kind::Integer:
            statement.bind(position, value.integer);
            break;
        case BoundValue::Kind::Real:
            statement.bind(position, value.real);
            break;
        case BoundValue::Kind::Text:
            statement.bind(position, value.text);
            break;
        }
    }
}

} // namespace

std::vector<std::vector<RowRaw>> RawJourneyWorkload::replay(const std::vector<CapturedStatement>& statements) const
{
    std::vector<std::vector<RowRaw>> results;
    results.reserve(statements.size());
    for (const CapturedStatement& captured : statements) {
        RawStatement statement(m_connection.handle(), captured.sql.c_str());
        bindAll(statement, captured.values);
        const auto columns = static_cast<std::size_t>(statement.columnCount());
        std::vector<RowRaw> rows;
        while (statement.step())
            rows.push_back(readRow(statement, columns));
        results.push_back(std::move(rows));
    }
    return results;
}

std::vector<RawSearchHit> RawJourneyWorkload::search(const CapturedStatement& hits, const CapturedStatement& snippets,
                                                     std::size_t limit) const
{
    std::vector<RawSearchHit> found;
    std::vector<qint64> docids;
    {
        RawStatement query(m_connection.handle(), hits.sql.c_str());
        bindAll(query, hits.values);
        std::set<std::pair<qint64, std::string>> seen;
        while (found.size() < limit && query.step()) {
            RawSearchHit hit{query.integer(1), query.text(2), {}};
            if (!seen.insert({hit.caseId, hit.source}).second)
                continue;
            docids.push_back(query.integer(0));
            found.push_back(std::move(hit));
        }
    }
    if (found.empty())
        return found;
    RawStatement query(m_connection.handle(), snippets.sql.c_str());
    bindAll(query, snippets.values);
    std::map<qint64, std::string> byDocid;
    while (query.step())
        byDocid[query.integer(0)] = query.text(1);
    for (std::size_t i = 0; i < found.size(); ++i)
        found[i].snippet = byDocid[docids[i]];
    return found;
}

std::string RawJourneyWorkload::checkBindings(const std::vector<CapturedStatement>& statements) const
{
    for (const CapturedStatement& captured : statements) {
        RawStatement statement(m_connection.handle(), captured.sql.c_str());
        bindAll(statement, captured.values);
        if (statement.expandedSql() != captured.expanded)
            return "raw binding differs from the captured statement: " + captured.expanded;
    }
    return {};
}

} // namespace alongside::bench
