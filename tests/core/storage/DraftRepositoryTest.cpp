#include "storage/repositories/DraftRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;

TEST_CASE("a draft saved before closing is there, unchanged, after reopening")
{
    test::TempStoreFolder folder;
    const QDateTime savedAt(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
    {
        auto store = test::createStore(folder.storePath());
        core::DraftRepository drafts(store->database());
        REQUIRE(drafts.save(QStringLiteral("quick-note"),
                            QStringLiteral("She said: \"I want my son to visit\""), savedAt));
        REQUIRE(drafts.save(QStringLiteral("quick-note"),
                            QStringLiteral("She said: \"I want my son to visit, but not to stay\""),
                            savedAt));
    }
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    core::DraftRepository drafts(store->database());
    const auto draft = drafts.find(QStringLiteral("quick-note"));
    REQUIRE(draft);
    CHECK(draft->body == QStringLiteral("She said: \"I want my son to visit, but not to stay\""));
    CHECK(draft->savedAt == savedAt);
    CHECK(drafts.count() == 1);
    REQUIRE(drafts.discard(QStringLiteral("quick-note")));
    CHECK_FALSE(drafts.find(QStringLiteral("quick-note")));
}
