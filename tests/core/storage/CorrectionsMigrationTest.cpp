// Schema step 12: a plan action ends done or no longer needed, with why; addenda to a saved
// conversation. A store from before it keeps its actions as they were — done stays done, open
// stays open (and is listed at closing) — and its notes stay notes, about no conversation.

#include "CaseFixtures.h"

#include "rules/StillOpenAtClosing.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBeforeCorrections = 11;

void makeStoreWithPlan(const QString& path)
{
    REQUIRE(test::makeStoreAtVersion(path, kBeforeCorrections, [](QSqlQuery& query) {
        REQUIRE(query.exec(u"INSERT INTO person (given_name, family_name, created_at)"
                           " VALUES ('Ada', 'Oldstore', '2025-12-01')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
            " VALUES (1, 'OLD-12', 'Enquiry', '2025-12-01', '2025-12-01')"_s));
        REQUIRE(query.exec(u"INSERT INTO plan_action (case_id, who, what, due_on, done_on) VALUES"
                           " (1, 'Me', 'Ring the day centre', '2025-12-08', '2025-12-05'),"
                           " (1, 'OT', 'Fit a key safe', '2025-12-20', NULL)"_s));
        REQUIRE(query.exec(u"INSERT INTO case_note (case_id, written_at, author, body)"
                           " VALUES (1, '2025-12-01T10:00:00Z', 'Sam', 'Concern came by phone.')"_s));
    }));
}

} // namespace

TEST_CASE("plan actions kept before step 12 stay done or open as they were, and an open one can then end")
{
    test::TempStoreFolder folder;
    makeStoreWithPlan(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    CHECK(verifyStore(*store).ok);

    CaseRepository repository(store->database(), test::kPractitioner);
    const std::optional<CaseRecord> old = repository.load(1);
    REQUIRE(old);
    REQUIRE(old->actions.size() == 2);
    CHECK(old->actions[0].doneOn == QDate(2025, 12, 5));
    CHECK_FALSE(old->actions[0].isOpen());
    CHECK(old->actions[1].isOpen());
    CHECK_FALSE(old->actions[1].noLongerNeededOn.isValid());
    CHECK(old->actions[1].endedWhy.isEmpty());
    REQUIRE(old->notes.size() == 1);
    CHECK(old->notes[0].aboutConversation == 0);
    CHECK(stillOpenAtClosing(*old, {}).join(u'\n').contains(u"Fit a key safe"_s));

    REQUIRE(repository
                .endAction(old->actions[1].id,
                           {ActionEnd::Kind::NoLongerNeeded, QDate(2025, 12, 10),
                            u"Her daughter lets the carers in now."_s})
                .ok());
    const std::optional<CaseRecord> after = repository.load(1);
    REQUIRE(after);
    CHECK(after->actions[1].noLongerNeededOn == QDate(2025, 12, 10));
    CHECK_FALSE(stillOpenAtClosing(*after, {}).join(u'\n').contains(u"Fit a key safe"_s));
}
