#include "support/Catch.h"
#include "support/TestStores.h"

#include "casefile/QuickNotePad.h"
#include "storage/repositories/DraftRepository.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {
const QString kKey = QString::fromLatin1(ui::QuickNotePad::kDraftKey);
}

TEST_CASE("the quick note saves itself into the store once typing pauses, not on every key")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    core::DraftRepository drafts(store->database());
    ui::QuickNotePad pad(store->database());
    pad.setSaveDelay(std::chrono::milliseconds(150));
    pad.restore();

    QTest::keyClicks(pad.editor(), QStringLiteral("Check the GP letter"));
    CHECK_FALSE(drafts.find(kKey).has_value()); // still typing
    CHECK(pad.hasUnsavedChanges());

    REQUIRE(QTest::qWaitFor([&] { return drafts.find(kKey).has_value(); }, 5000));
    CHECK(drafts.find(kKey)->body.contains(QStringLiteral("Check the GP letter")));
    CHECK_FALSE(pad.hasUnsavedChanges());
}

TEST_CASE("a quick note restored from the store is shown, and emptying it leaves no draft behind")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    core::DraftRepository drafts(store->database());
    REQUIRE(drafts.save(kKey, QStringLiteral("Book interpreter"), QDateTime::currentDateTime()));

    ui::QuickNotePad pad(store->database());
    pad.restore();
    CHECK(pad.editor()->toPlainText() == QStringLiteral("Book interpreter"));
    CHECK_FALSE(pad.hasUnsavedChanges()); // restoring is not an edit

    pad.editor()->clear();
    REQUIRE(pad.saveNow());
    CHECK_FALSE(drafts.find(kKey).has_value());
}
