#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/StoreError.h"
#include "storage/store/StoreOptions.h"

#include <QString>

#include <memory>

namespace alongside::core {

class Store;
class StoreLock;

// Opening or creating a store in three steps, so the slow one (Argon2id) can run off the
// UI thread while the connection is made on the thread that will use it:
//   prepare()  fast: checks the file and takes the single-process lock;
//   findKey()  slow: derives the key (trying older parameter sets too) and, if an older set
//              matched, re-keys the file to the newest set (a copy renamed over it); any thread;
//   finish()   fast: opens the connections, checks it is an Alongside store, migrates the
//              schema.
// A failed attempt never writes to the store file.
class StoreOpener {
public:
    enum class Purpose { OpenExisting, CreateNew };

    StoreOpener(QString path, Purpose purpose, StoreOptions options = {});
    ~StoreOpener();
    StoreOpener(const StoreOpener&) = delete;
    StoreOpener& operator=(const StoreOpener&) = delete;

    StoreError prepare();
    StoreError findKey(SecretBytes passphrase);
    std::unique_ptr<Store> finish(StoreError* error);

    const QString& path() const { return m_path; }

private:
    StoreError findExistingKey(const SecretBytes& passphrase);
    StoreError deriveNewKey(const SecretBytes& passphrase);
    void tidyBeforeUse() const;

    QString m_path;
    Purpose m_purpose;
    StoreOptions m_options;
    std::unique_ptr<StoreLock> m_lock;
    SecretBytes m_keySpec; // opens the file as it is
    int m_kdfVersion = 0;
};

} // namespace alongside::core
