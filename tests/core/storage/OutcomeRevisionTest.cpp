// Desired outcomes change as the work goes on: every wording is kept with its date.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("revising an outcome adds a wording and keeps every earlier one, oldest first, with its date")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"REV-1"_s, QDate(2026, 3, 1))).id;

    const CaseWriteResult added = repository.addOutcome(caseId, OutcomeVoice::Person,
                                                        {QDate(2026, 3, 2), u"For him to leave."_s, {}});
    REQUIRE(added.ok());
    REQUIRE(repository
                .reviseOutcome(added.id,
                               {QDate(2026, 3, 16), u"For him to leave, but visit on Sundays."_s,
                                u"After the family meeting"_s})
                .ok());
    REQUIRE(
        repository.reviseOutcome(added.id, {QDate(2026, 3, 16), u"For him to visit on Sundays only."_s, {}})
            .ok());

    const CaseRecord loaded = *repository.load(caseId);
    REQUIRE(loaded.outcomes.size() == 1);
    const DesiredOutcome& outcome = loaded.outcomes[0];
    CHECK(outcome.id == added.id);
    REQUIRE(outcome.revisions.size() == 3);
    CHECK(outcome.revisions[0].recordedOn == QDate(2026, 3, 2));
    CHECK(outcome.revisions[0].wording == u"For him to leave."_s);
    CHECK(outcome.revisions[1].recordedOn == QDate(2026, 3, 16));
    CHECK(outcome.revisions[1].context == u"After the family meeting"_s);
    CHECK(outcome.revisions[2].wording == u"For him to visit on Sundays only."_s);
    CHECK(outcome.current()->wording == u"For him to visit on Sundays only."_s);
    CHECK(outcome.firstRecordedOn() == QDate(2026, 3, 2));
    CHECK(outcome.lastRevisitedOn() == QDate(2026, 3, 16));
}

TEST_CASE(
    "a revision dated before the wording it revises, or before the concern, is refused and nothing changes")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"REV-2"_s, QDate(2026, 3, 1))).id;
    const qint64 outcomeId = repository
                                 .addOutcome(caseId, OutcomeVoice::Advocate,
                                             {QDate(2026, 3, 10), u"To stay at home."_s, {}})
                                 .id;

    const CaseWriteResult earlier = repository.reviseOutcome(outcomeId,
                                                             {QDate(2026, 3, 9), u"Other words"_s, {}});
    CHECK_FALSE(earlier.ok());
    CHECK(earlier.error.contains(u"before the wording it revises"_s));
    const CaseWriteResult beforeConcern = repository.addOutcome(caseId, OutcomeVoice::Person,
                                                                {QDate(2026, 2, 28), u"Something"_s, {}});
    CHECK_FALSE(beforeConcern.ok());
    CHECK(beforeConcern.error.contains(u"before the concern"_s));
    const CaseWriteResult empty = repository.reviseOutcome(outcomeId, {QDate(2026, 3, 12), u"  "_s, {}});
    CHECK_FALSE(empty.ok());
    CHECK_FALSE(repository.reviseOutcome(999, {QDate(2026, 3, 12), u"Words"_s, {}}).ok());

    const CaseRecord loaded = *repository.load(caseId);
    REQUIRE(loaded.outcomes.size() == 1);
    CHECK(loaded.outcomes[0].voice == OutcomeVoice::Advocate);
    CHECK(loaded.outcomes[0].revisions.size() == 1);
}

TEST_CASE("each revision shows in the history as the old wording replaced by the new, on the day it was made")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const qint64 caseId = repository.createCase(test::concernOnly(u"REV-3"_s, QDate(2026, 3, 1))).id;
    const qint64 outcomeId =
        repository.addOutcome(caseId, OutcomeVoice::Person, {QDate(2026, 3, 2), u"First words"_s, {}}).id;
    clock.now = QDateTime(QDate(2026, 3, 20), QTime(11, 30));
    REQUIRE(repository.reviseOutcome(outcomeId, {QDate(2026, 3, 20), u"Second words"_s, {}}).ok());

    bool found = false;
    for (const HistoryEntry& entry : repository.history(caseId)) {
        if (entry.record == u"outcome"_s && entry.field == u"wording"_s
            && entry.newValue == u"Second words"_s) {
            found = true;
            CHECK(entry.recordId == outcomeId);
            CHECK(entry.oldValue == u"First words"_s);
            CHECK(entry.changedAt == clock.now);
            CHECK(entry.changedBy == test::kPractitioner);
        }
    }
    CHECK(found);
}

TEST_CASE("an achievement is recorded against an outcome of the case, and recording it again keeps the "
          "earlier view in the history")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"ACH-1"_s, QDate(2026, 3, 1))).id;
    const qint64 outcomeId =
        repository.addOutcome(caseId, OutcomeVoice::Person, {QDate(2026, 3, 2), u"To feel safe"_s, {}}).id;

    CHECK_FALSE(
        repository.recordAchievement(outcomeId + 100, {Achievement::Fully, {}, QDate(2026, 4, 1)}).ok());
    REQUIRE(
        repository.recordAchievement(outcomeId, {Achievement::Partly, u"Mostly"_s, QDate(2026, 4, 1)}).ok());
    REQUIRE(
        repository
            .recordAchievement(outcomeId, {Achievement::Fully, u"On reflection, yes"_s, QDate(2026, 4, 2)})
            .ok());

    const CaseRecord loaded = *repository.load(caseId);
    REQUIRE(loaded.outcomes.at(0).achievement);
    CHECK(loaded.outcomes[0].achievement->achieved == Achievement::Fully);
    CHECK(loaded.outcomes[0].achievement->why == u"On reflection, yes"_s);
    bool changed = false;
    for (const HistoryEntry& entry : repository.history(caseId))
        changed = changed
            || (entry.field == u"achieved"_s && entry.oldValue == u"partly"_s
                && entry.newValue == u"fully"_s);
    CHECK(changed);
}
