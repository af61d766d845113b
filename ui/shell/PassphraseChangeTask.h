#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/PassphraseChange.h"
#include "storage/store/StoreError.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace alongside::core {
class Store;
}

namespace alongside::ui {

// File → Change passphrase… without freezing the window: core::PassphraseChange's slow step
// (two Argon2id derivations and a copy of the store) runs on a worker thread, reporting each
// step; copyReady() then comes back on this thread, where the window lets go of the store and
// calls finish() to swap the copy in. If the window locks meanwhile, the copy is thrown away.
class PassphraseChangeTask : public QObject {
    Q_OBJECT

public:
    explicit PassphraseChangeTask(QObject* parent = nullptr);
    ~PassphraseChangeTask() override;

    void start(const core::Store& store, core::SecretBytes current, core::SecretBytes next);
    // From start() until the worker has ended (even after abandon(): its copy is still being
    // removed, and a new change must not start beside it).
    bool isRunning() const { return m_change != nullptr || m_watcher.isRunning(); }
    // After copyReady() without an error: swaps the copy in (fast). Ends the task.
    core::StoreError finish(core::Store& store);
    // Ends the task without changing anything (the copy, if any, is removed).
    void abandon();

signals:
    void stepReached(core::PassphraseChange::Step step);
    // The copy is written, or `error` says why not (the task has then ended).
    void copyReady(const core::StoreError& error);
    // The worker has ended, whatever happened (after copyReady(), or after abandon()).
    void ended();

private:
    void prepared();

    std::shared_ptr<core::PassphraseChange> m_change;
    QFutureWatcher<core::StoreError> m_watcher;
};

} // namespace alongside::ui
