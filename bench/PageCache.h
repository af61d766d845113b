#pragma once

#include <QJsonObject>
#include <QtGlobal>

struct sqlite3;

namespace alongside::bench {

// Bytes held by a connection's page cache: decrypted pages (SQLITE_DBSTATUS_CACHE_USED).
qint64 pageCacheBytes(sqlite3* db);

// Empties one connection's page cache before each run of a "cold" row, as PRAGMA
// shrink_memory does (sqlite3_db_release_memory: every page not in use is dropped, so the
// next query reads and decrypts its pages again). Only the connection's cache: the schema
// stays parsed and the operating system's file cache stays warm, as when a practitioner opens
// a case in a store that has been open a while. Keeps what the cache held before and after,
// so the report can show it really was emptied.
class PageCacheEmptier {
public:
    explicit PageCacheEmptier(sqlite3* db) : m_db(db) {}
    void operator()();

    qint64 largestBeforeBytes() const { return m_largestBefore; }
    // What one run of the row leaves in the cache (every emptying after the first).
    qint64 smallestBeforeBytes() const { return m_smallestBefore; }
    qint64 largestAfterBytes() const { return m_largestAfter; }
    int times() const { return m_times; }

private:
    sqlite3* m_db;
    qint64 m_largestBefore = 0;
    qint64 m_smallestBefore = -1;
    qint64 m_largestAfter = 0;
    int m_times = 0;
};

// For the JSON report: what each side's cache held before and after being emptied.
QJsonObject pageCacheEvidence(const PageCacheEmptier& driver, const PageCacheEmptier& raw);

} // namespace alongside::bench
