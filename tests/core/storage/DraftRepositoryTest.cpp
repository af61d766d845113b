#include "storage/repositories/DraftRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

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

TEST_CASE("a draft kept at a place is found there again, and its case knows which parts are waiting")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES ('Ada', 'Example', '2026-01-01')")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
        " VALUES (1, 'C-1', 'Enquiry', '2026-01-01', '2026-01-01')")));
    const qint64 caseId = query.lastInsertId().toLongLong();
    core::DraftRepository drafts(store->database());
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    const core::DraftPlace riskNote{caseId, QStringLiteral("riskEnablement"), QStringLiteral("risk-note"), 7};
    const core::DraftPlace closing{caseId, QStringLiteral("closing"), QStringLiteral("closing"), 0};
    REQUIRE(drafts.save(riskNote, QStringLiteral("{\"fields\":{}}"), at));
    REQUIRE(drafts.save(closing, QStringLiteral("{}"), at.addSecs(60)));
    CHECK(riskNote.key() == QStringLiteral("risk-note:%1:7").arg(caseId));
    CHECK(closing.key() == QStringLiteral("closing:%1").arg(caseId));

    REQUIRE(drafts.find(riskNote).has_value());
    CHECK(drafts.find(riskNote)->place == riskNote);
    CHECK_FALSE(drafts.find(
        core::DraftPlace{caseId, QStringLiteral("riskEnablement"), QStringLiteral("risk-note"), 8}));
    CHECK(drafts.partsWaiting(caseId)
          == QStringList{QStringLiteral("closing"), QStringLiteral("riskEnablement")});
    CHECK(drafts.forCase(caseId).size() == 2);
    CHECK(drafts.partsWaiting(caseId + 1).isEmpty());

    REQUIRE(drafts.discard(riskNote));
    CHECK(drafts.partsWaiting(caseId) == QStringList{QStringLiteral("closing")});
}
