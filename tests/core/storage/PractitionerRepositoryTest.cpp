#include "storage/repositories/PractitionerRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;

TEST_CASE("who is writing is kept in the store with a work email, and cannot be kept without a name")
{
    test::TempStoreFolder folder;
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 0));
    {
        auto store = test::createStore(folder.storePath());
        core::PractitionerRepository me(store->database());
        CHECK_FALSE(me.find().has_value());
        CHECK_FALSE(me.save(
            core::PractitionerContact{QStringLiteral("  "), QStringLiteral("Social worker"), {}, {}, {}, {}},
            at));
        CHECK_FALSE(me.find().has_value());
        core::PractitionerContact alex;
        alex.name = QStringLiteral("Alex  Worker");
        alex.role = QStringLiteral("Social worker");
        alex.team = QStringLiteral("Adult Safeguarding Team");
        alex.phone = QStringLiteral("01234 567890");
        alex.email = QStringLiteral("alex.worker@council.example");
        REQUIRE(me.save(alex, at));
    }
    auto store = test::openStore(folder.storePath());
    const auto back = core::PractitionerRepository(store->database()).find();
    REQUIRE(back.has_value());
    CHECK(back->name == QStringLiteral("Alex Worker"));
    CHECK(back->role == QStringLiteral("Social worker"));
    CHECK(back->team == QStringLiteral("Adult Safeguarding Team"));
    CHECK(back->phone == QStringLiteral("01234 567890"));
    CHECK(back->email == QStringLiteral("alex.worker@council.example"));
}
