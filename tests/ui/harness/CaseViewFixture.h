#pragma once

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"

#include "casefile/CaseView.h"
#include "storage/repositories/CaseRepository.h"
#include "support/TestStores.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace alongside::test {

// A case view on its own, over a real store holding the three case stories, with the clock
// at ShellFixture::now() (2 March 2026): as the workspace builds it, without the window.
class CaseViewFixture {
public:
    CaseViewFixture()
        : m_store(createStore(m_folder.storePath())),
          stories(writeCaseStories(m_store->database())),
          access(testAccess(m_store->database(), ShellFixture::now()))
    {}

    std::unique_ptr<ui::CaseView> openView(qint64 caseId)
    {
        auto view = std::make_unique<ui::CaseView>(access);
        view->resize(1200, 800);
        view->open(caseId);
        view->show();
        settle(); // lays the sections out, so clicks land on buttons of their real size
        return view;
    }

    core::CaseRecord stored(qint64 caseId) const { return *access.repository().load(caseId); }
    QSqlDatabase database() const { return m_store->database(); }

    // Changes are shown once the click that made them has finished: let that happen.
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private:
    TempStoreFolder m_folder;
    std::unique_ptr<core::Store> m_store;

public:
    const CaseStories stories;
    const ui::CaseAccess access;
};

} // namespace alongside::test
