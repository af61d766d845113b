#pragma once

#include "demo/DemoStore.h"
#include "storage/store/Store.h"

#include <QString>

#include <memory>
#include <optional>

namespace alongside::ui {

// Which store the window is working with, and whether it is unlocked. Locking closes the
// Store (dropping its connection and the process lock) but keeps the path, so the unlock page
// can offer the same store again.
class StoreSession {
public:
    ~StoreSession();

    void chooseStore(const QString& path);
    void chooseDemo(const core::DemoStoreLocation& demo);
    // Forget the chosen store (and delete it if it was the demo).
    void clearChoice();

    const QString& path() const { return m_path; }
    bool hasChoice() const { return !m_path.isEmpty(); }
    bool isDemo() const { return m_demo.has_value(); }
    QString demoPassphrase() const { return m_demo ? m_demo->passphrase : QString(); }

    void adopt(std::unique_ptr<core::Store> store);
    core::Store* store() const { return m_store.get(); }
    bool isUnlocked() const { return m_store != nullptr; }
    void lock();

private:
    QString m_path;
    std::optional<core::DemoStoreLocation> m_demo;
    std::unique_ptr<core::Store> m_store;
};

} // namespace alongside::ui
