#include "PageCache.h"

#include "storage/driver/SqlCipherApi.h"

#include <algorithm>
#include <stdexcept>

namespace alongside::bench {

qint64 pageCacheBytes(sqlite3* db)
{
    int current = 0;
    int highwater = 0;
    if (sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_USED, &current, &highwater, 0) != SQLITE_OK)
        throw std::runtime_error("sqlite3_db_status(SQLITE_DBSTATUS_CACHE_USED) failed");
    return current;
}

void PageCacheEmptier::operator()()
{
    const qint64 before = pageCacheBytes(m_db);
    m_largestBefore = std::max(m_largestBefore, before);
    if (m_times > 0)
        m_smallestBefore = m_smallestBefore < 0 ? before : std::min(m_smallestBefore, before);
    if (sqlite3_db_release_memory(m_db) != SQLITE_OK)
        throw std::runtime_error("sqlite3_db_release_memory failed");
    m_largestAfter = std::max(m_largestAfter, pageCacheBytes(m_db));
    ++m_times;
}

QJsonObject pageCacheEvidence(const PageCacheEmptier& driver, const PageCacheEmptier& raw)
{
    const auto side = [](const PageCacheEmptier& emptier) {
        return QJsonObject{
            {QStringLiteral("bytes_left_by_one_run"), emptier.smallestBeforeBytes()},
            {QStringLiteral("bytes_before_emptying_max"), emptier.largestBeforeBytes()},
            {QStringLiteral("bytes_after_emptying_max"), emptier.largestAfterBytes()},
        };
    };
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("sqlite3_db_release_memory (PRAGMA shrink_memory) before every run, untimed, both sides")},
        {QStringLiteral("emptied_before_each_run"), driver.times()},
        {QStringLiteral("driver"), side(driver)},
        {QStringLiteral("raw"), side(raw)},
    };
}

} // namespace alongside::bench
