#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/Store.h"
#include "storage/store/StoreError.h"
#include "storage/store/StoreOpener.h"
#include "storage/store/StoreOptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace alongside::ui {

// Opens or creates a store without freezing the window: the quick checks and the connection
// happen on the UI thread (the connection must belong to the thread that uses it), while the
// slow key derivation runs on a worker thread. finished() is always emitted later, never from
// inside start(), so callers can update their screens in one place.
class StoreOpenTask : public QObject {
    Q_OBJECT

public:
    explicit StoreOpenTask(core::StoreOptions options, QObject* parent = nullptr);
    ~StoreOpenTask() override;

    void start(const QString& path, core::StoreOpener::Purpose purpose, core::SecretBytes passphrase);
    bool isRunning() const { return m_opener != nullptr; }

    // After finished(): the open store, or null and error() says why.
    std::unique_ptr<core::Store> takeStore() { return std::move(m_store); }
    const core::StoreError& error() const { return m_error; }

signals:
    void finished();

private:
    void keyFound();
    void finishLater();

    core::StoreOptions m_options;
    // Shared with the worker, so a window closed mid-derivation does not pull it from under it.
    std::shared_ptr<core::StoreOpener> m_opener;
    QFutureWatcher<core::StoreError> m_watcher;
    std::unique_ptr<core::Store> m_store;
    core::StoreError m_error;
};

} // namespace alongside::ui
