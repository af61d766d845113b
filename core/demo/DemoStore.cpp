#include "demo/DemoStore.h"

#include "demo/DemoCaseload.h"
#include "rules/PassphrasePolicy.h"
#include "storage/keys/SodiumRuntime.h"
#include "storage/store/OwnerOnlyFiles.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

#include <array>

namespace alongside::core {

namespace {

QString randomWord()
{
    static constexpr std::array kWords = {
        "amber",  "badger",  "candle", "daisy",   "ember",    "fennel", "garden",  "harbour",
        "island", "juniper", "kettle", "lantern", "meadow",   "nutmeg", "orchard", "pebble",
        "quilt",  "river",   "saddle", "thistle", "umbrella", "violet", "willow",  "yonder",
    };
    ensureSodiumReady();
    return QString::fromLatin1(kWords[randombytes_uniform(static_cast<uint32_t>(kWords.size()))]);
}

} // namespace

DemoStoreLocation chooseDemoStoreLocation()
{
    DemoStoreLocation location;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    location.folder = QDir(base).filePath(QStringLiteral("alongside-demo-")
                                          + QUuid::createUuid().toString(QUuid::WithoutBraces));
    location.path = QDir(location.folder).filePath(QStringLiteral("demo.alongside"));
    // The demo's store is made through the same passphrase policy as any other: draw again in
    // the rare case the words come out too guessable (the same word twice, say).
    do {
        location.passphrase = randomWord() + u' ' + randomWord() + u' ' + randomWord() + u' ' + randomWord();
    } while (!assessPassphrase(location.passphrase).acceptable);
    return location;
}

std::unique_ptr<Store> createDemoStore(const DemoStoreLocation& location, const QDate& today,
                                       StoreError* error, const StoreOptions& options)
{
    makeOwnerOnlyFolders(location.folder);
    QString passphrase = location.passphrase;
    std::unique_ptr<Store> store = Store::create(location.path, SecretBytes::takeUtf8(passphrase), error,
                                                 options);
    if (!store)
        return nullptr;
    if (!populateDemoCaseload(store->database(), today)) {
        if (error)
            *error = StoreError::make(StoreErrorKind::Io, QStringLiteral("could not write the demo cases"));
        return nullptr;
    }
    return store;
}

void removeDemoStore(const DemoStoreLocation& location)
{
    if (!location.folder.isEmpty())
        QDir(location.folder).removeRecursively();
}

} // namespace alongside::core
