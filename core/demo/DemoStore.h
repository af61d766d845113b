#pragma once

#include "storage/store/Store.h"

#include <QDate>
#include <QString>

#include <memory>

namespace alongside::core {

// A throwaway store with synthetic cases, so someone can try Alongside without creating a real
// store. Its passphrase is shown on screen: nothing real may ever be typed into it.
struct DemoStoreLocation {
    QString folder;     // a fresh folder under the system's temporary location
    QString path;       // the store file inside it
    QString passphrase; // three random words
};

DemoStoreLocation chooseDemoStoreLocation();

// Derives the key and connects on the calling thread (so the connection belongs to it).
// The GUI instead runs StoreOpener's slow step on a worker and calls populateDemoCaseload()
// on the UI thread; this one-call form is for the CLI, tests and tools.

std::unique_ptr<Store> createDemoStore(const DemoStoreLocation& location, const QDate& today,
                                       StoreError* error, const StoreOptions& options = {});

// Deletes the demo folder and everything in it (the store, its WAL and lock).
void removeDemoStore(const DemoStoreLocation& location);

} // namespace alongside::core
