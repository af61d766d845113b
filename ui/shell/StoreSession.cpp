#include "shell/StoreSession.h"

namespace alongside::ui {

StoreSession::~StoreSession()
{
    clearChoice();
}

void StoreSession::chooseStore(const QString& path)
{
    clearChoice();
    m_path = path;
}

void StoreSession::chooseDemo(const core::DemoStoreLocation& demo)
{
    clearChoice();
    m_path = demo.path;
    m_demo = demo;
}

void StoreSession::clearChoice()
{
    lock();
    // The demo's passphrase is on screen, so nothing may outlive leaving it.
    if (m_demo)
        core::removeDemoStore(*m_demo);
    m_demo.reset();
    m_path.clear();
}

void StoreSession::adopt(std::unique_ptr<core::Store> store)
{
    lock();
    m_store = std::move(store);
}

void StoreSession::lock()
{
    if (!m_store)
        return;
    m_store->close();
    m_store.reset();
}

} // namespace alongside::ui
