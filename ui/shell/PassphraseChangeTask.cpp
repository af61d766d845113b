#include "shell/PassphraseChangeTask.h"

#include "storage/store/FreedMemory.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace alongside::ui {

PassphraseChangeTask::PassphraseChangeTask(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<core::StoreError>::progressValueChanged, this,
            [this](int step) { emit stepReached(core::PassphraseChange::Step(step)); });
    connect(&m_watcher, &QFutureWatcher<core::StoreError>::finished, this, &PassphraseChangeTask::prepared);
}

PassphraseChangeTask::~PassphraseChangeTask()
{
    // The worker keeps its own reference to the change and removes its copy when it ends.
    m_watcher.disconnect(this);
}

void PassphraseChangeTask::start(const core::Store& store, core::SecretBytes current, core::SecretBytes next)
{
    Q_ASSERT(!isRunning());
    m_change = std::make_shared<core::PassphraseChange>(store);
    // shared_ptrs keep the lambda copyable (QtConcurrent needs that); the secrets are moved,
    // never copied, into prepare().
    auto secrets = std::make_shared<std::pair<core::SecretBytes, core::SecretBytes>>(std::move(current),
                                                                                     std::move(next));
    m_watcher.setFuture(QtConcurrent::run([change = m_change, secrets](QPromise<core::StoreError>& promise) {
        promise.setProgressRange(0, int(core::PassphraseChange::Step::WritingCopy));
        promise.addResult(change->prepare(
            std::move(secrets->first), std::move(secrets->second),
            [&promise](core::PassphraseChange::Step step) { promise.setProgressValue(int(step)); }));
        core::clearStackBelowCaller();
    }));
}

void PassphraseChangeTask::prepared()
{
    if (m_change) {
        const core::StoreError error = m_watcher.result();
        if (error)
            m_change.reset();
        emit copyReady(error);
    }
    emit ended();
}

core::StoreError PassphraseChangeTask::finish(core::Store& store)
{
    if (!m_change)
        return core::StoreError::make(core::StoreErrorKind::Io, QStringLiteral("no change under way"));
    const core::StoreError error = m_change->finish(store);
    m_change.reset();
    return error;
}

void PassphraseChangeTask::abandon()
{
    m_change.reset();
}

} // namespace alongside::ui
