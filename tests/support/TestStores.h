#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/Store.h"
#include "storage/store/StoreOptions.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace alongside::test {

// A cheap Argon2id schedule so the suite stays fast. Injected through StoreOptions by the
// tests themselves; nothing a user types or a file contains can select it.
core::StoreOptions cheapStoreOptions();
// Two cheap sets, newest first, for testing the upgrade from an older set.
core::KdfParameters cheapKdfV1();
core::KdfParameters cheapKdfV2();

core::SecretBytes secret(const QString& text);

constexpr auto kPassphrase = "kettle orchard lantern";
constexpr auto kOtherPassphrase = "violet harbour thistle";

// A temporary folder holding one store file path; removed with everything in it.
class TempStoreFolder {
public:
    TempStoreFolder();
    QString storePath() const;
    QString filePath(const QString& name) const;
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

std::unique_ptr<core::Store> createStore(const QString& path,
                                         const QString& passphrase = QString::fromLatin1(kPassphrase));
std::unique_ptr<core::Store> openStore(const QString& path,
                                       const QString& passphrase = QString::fromLatin1(kPassphrase),
                                       core::StoreError* error = nullptr);

QByteArray readWholeFile(const QString& path);

// A new store file at schema `version`, as an older Alongside would have left it, under the test
// passphrase; `fill` writes its rows with plain SQL (as that version's tables stand) before it is
// closed. For migration tests: open it afterwards with openStore() to run the later steps. False
// if the file could not be made or brought to that version.
bool makeStoreAtVersion(const QString& path, int version, const std::function<void(QSqlQuery&)>& fill);

} // namespace alongside::test
