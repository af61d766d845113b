#include "shell/StoreOpenTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace alongside::ui {

StoreOpenTask::StoreOpenTask(core::StoreOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    connect(&m_watcher, &QFutureWatcher<core::StoreError>::finished, this, &StoreOpenTask::keyFound);
}

StoreOpenTask::~StoreOpenTask()
{
    // The worker keeps its own reference to the opener; nothing here waits for it.
    m_watcher.disconnect(this);
}

void StoreOpenTask::start(const QString& path, core::StoreOpener::Purpose purpose,
                          core::SecretBytes passphrase)
{
    Q_ASSERT(!isRunning());
    m_store.reset();
    m_error = core::StoreError::none();
    m_opener = std::make_shared<core::StoreOpener>(path, purpose, m_options);
    m_error = m_opener->prepare();
    if (m_error) {
        m_opener.reset();
        finishLater();
        return;
    }
    // shared_ptrs keep the lambda copyable (QtConcurrent needs that) while the secret itself
    // is moved, never copied, into findKey().
    auto opener = m_opener;
    auto secret = std::make_shared<core::SecretBytes>(std::move(passphrase));
    m_watcher.setFuture(QtConcurrent::run([opener, secret] { return opener->findKey(std::move(*secret)); }));
}

void StoreOpenTask::keyFound()
{
    if (!m_opener)
        return;
    m_error = m_watcher.result();
    if (!m_error)
        m_store = m_opener->finish(&m_error);
    m_opener.reset(); // releases the lock if the attempt failed
    emit finished();
}

void StoreOpenTask::finishLater()
{
    QMetaObject::invokeMethod(this, &StoreOpenTask::finished, Qt::QueuedConnection);
}

} // namespace alongside::ui
