#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/StoreError.h"
#include "storage/store/StoreOptions.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace alongside::core {

class StoreLock;

// An open, unlocked Alongside store: one SQLCipher connection registered with QSqlDatabase,
// and the lock that keeps other processes out. Holds no key or passphrase once open.
// Closing (or destroying) it finalises every statement, closes the file and frees the lock.
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
    const QString& path() const { return m_path; }
    bool isOpen() const;
    // Which key-derivation set protects the file now (always the newest after open).
    int kdfVersion() const { return m_kdfVersion; }

    // Checks `current`, applies the passphrase policy to `next`, then writes a copy of the
    // store under a new salt and key and renames it over the original. A crash at any point
    // leaves a store that opens with one of the two passphrases. Slow (two derivations).
    // The connection is replaced: QSqlDatabase copies and repositories made before the call
    // no longer work, so callers make new ones from database() afterwards.
    StoreError changePassphrase(SecretBytes current, SecretBytes next);

    void close();

private:
    friend class StoreOpener;
    Store(QString path, std::unique_ptr<StoreLock> lock, StoreOptions options);
    StoreError connect(const SecretBytes& rawKeySpec, bool newFile);
    StoreError rekeyTo(const SecretBytes& rawKeySpec);
    void disconnect();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<StoreLock> m_lock;
    StoreOptions m_options;
    int m_kdfVersion = 0;
};

} // namespace alongside::core
