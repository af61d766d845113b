#pragma once

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace alongside::core {

class SecretBytes;
class SqlCipherDriver;

// An open store's second connection, read-only, for slow reading off the UI thread (counting
// the outcome figures) while the UI thread keeps the first connection for everything else.
//
// It is opened together with the first, from the same key at the same moment (Store::connect),
// so the key is never kept to open it later and never handed to another thread: a worker gets
// the connection, not the key. Qt lets a connection be used only by the thread its driver
// belongs to, so between reads the driver belongs to no thread, and read() takes it into the
// calling thread for the duration. One worker reads at a time; others wait their turn.
class StoreReader {
public:
    // Opens the connection (query_only) and registers it with QSqlDatabase as `connectionName`.
    // Null, with *error set, if it cannot be opened.
    static std::shared_ptr<StoreReader> open(const QString& path, const SecretBytes& rawKeySpec,
                                             const QString& connectionName, QString* error);
    ~StoreReader();
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;

    // On a worker thread (never the UI thread: it may wait for another worker's read): calls
    // `read` with the connection, usable on this thread until `read` returns. Every copy of the
    // QSqlDatabase and every query made from it must end inside `read`. False, without calling
    // it, once the store is closing. Exceptions from `read` pass through, the connection given
    // back first.
    bool read(const std::function<void(const QSqlDatabase&)>& read);

    // On the thread that opened the store, when it closes: a read under way is interrupted
    // (its query fails), waited for, and the connection is closed. read() then returns false.
    void close();

    // On the thread that opened the store, around a change of its key (Store::swapInCopy):
    // suspend() interrupts a read under way, waits for it and closes the connection; reads
    // asked for meanwhile wait. resume() opens the connection again on the re-keyed file and
    // lets them go; if it cannot, the reader is closed for good (read() returns false). The
    // same object carries on, so whoever holds this reader keeps it across the change.
    void suspend();
    bool resume(const QString& path, const SecretBytes& rawKeySpec, QString* error);

private:
    StoreReader(QString connectionName, SqlCipherDriver* driver);
    void giveBack();

    QString m_name;
    SqlCipherDriver* m_driver; // owned by QSqlDatabase once registered
    std::mutex m_mutex;
    std::condition_variable m_free;
    bool m_busy = false;
    bool m_suspended = false;
    bool m_closed = false;
};

} // namespace alongside::core
