#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/StoreError.h"
#include "storage/store/StoreOptions.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace alongside::core {

class StoreLock;
class StoreReader;

// An open, unlocked Alongside store: one SQLCipher connection registered with QSqlDatabase for
// the thread that opened it, a second, read-only one for workers (StoreReader), and the lock that
// keeps other processes out. Holds no key or passphrase once open: both connections are made
// from the key at the same moment. Closing (or destroying) it stops a worker's read, finalises
// every statement, closes the file and frees the lock.
class Store {
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Convenience for the CLI and tests: StoreOpener's three steps on this thread.
    static std::unique_ptr<Store> open(const QString& path, SecretBytes passphrase, StoreError* error,
                                       const StoreOptions& options = {});
    static std::unique_ptr<Store> create(const QString& path, SecretBytes passphrase, StoreError* error,
                                         const StoreOptions& options = {});

    QSqlDatabase database() const;
    // The read-only connection for slow reading on a worker thread (see StoreReader.h).
    std::shared_ptr<StoreReader> reader() const { return m_reader; }
    const QString& path() const { return m_path; }
    bool isOpen() const;
    // Which key-derivation set protects the file now (always the newest after open).
    int kdfVersion() const { return m_kdfVersion; }

    // Checks `current`, applies the passphrase policy to `next`, then writes a copy of the
    // store under a new salt and key and renames it over the original. A crash at any point
    // leaves a store that opens with one of the two passphrases. Slow (two derivations and a
    // copy), all on this thread: the CLI's way. The GUI runs PassphraseChange's slow step on a
    // worker instead. The connections are reopened in place: QSqlDatabase copies, repositories
    // and the reader made before the call carry on under the new key.
    StoreError changePassphrase(SecretBytes current, SecretBytes next);

    const StoreOptions& options() const { return m_options; }
    // Rows inserted, changed or deleted through this connection since it was opened: a
    // PassphraseChange refuses to swap in a copy taken before a write.
    qint64 rowsWritten() const;

    void close();

private:
    friend class StoreOpener;
    friend class PassphraseChange;
    Store(QString path, std::unique_ptr<StoreLock> lock, StoreOptions options);
    StoreError connect(const SecretBytes& rawKeySpec, bool newFile);
    StoreError checkContents();
    // Closes the store's files, renames the copy at `scratch` (written under `rawKeySpec`) over
    // it and opens them again with that key, on the same two connections: every QSqlDatabase
    // copy, repository and reader made before keeps working, so nothing above the store has to
    // be rebuilt. If the file cannot be opened again the store is left closed (isOpen() false).
    StoreError swapInCopy(const QString& scratch, const SecretBytes& rawKeySpec, int kdfVersion);
    void disconnect();

    QString m_path;
    QString m_connectionName;
    std::shared_ptr<StoreReader> m_reader;
    std::unique_ptr<StoreLock> m_lock;
    StoreOptions m_options;
    int m_kdfVersion = 0;
};

} // namespace alongside::core
