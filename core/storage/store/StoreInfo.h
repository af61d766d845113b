#pragma once

#include "storage/store/StoreError.h"

#include <QString>
#include <QStringList>

namespace alongside::core {

class Store;

// What `alongside-cli info` shows: facts about the store, never its key or passphrase.
struct StoreInfo {
    QString path;
    qint64 fileBytes = 0;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    int kdfVersion = 0;
    QString cipherVersion;
    int cipherPageSize = 0;
    QString journalMode;
    qint64 people = 0;
    qint64 cases = 0;
    qint64 notes = 0;
    qint64 drafts = 0;
    StoreError error; // Damaged when a count could not be read (a page failed its check)
};

StoreInfo readStoreInfo(const Store& store);

struct IntegrityReport {
    bool ok = false;
    QStringList problems; // SQLite's integrity and foreign-key findings, one per line
    StoreError error;     // Damaged when pages could not even be read
};

// Reads every page (so SQLCipher checks every page's HMAC) and every foreign key.
IntegrityReport verifyStore(const Store& store);

} // namespace alongside::core
