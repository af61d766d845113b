// The wording the easy-read letter uses for a record, kept beside the record (schema step 9):
// written with the case, changed later, in the history, and carried by the case file.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "codecs/CaseJsonWriter.h"
#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

CaseRecord caseWithWording()
{
    CaseRecord record = test::concernOnly(u"WORDS-1"_s, QDate(2026, 3, 1));
    DesiredOutcome home;
    home.id = 1;
    home.voice = OutcomeVoice::BestInterests;
    home.revisions.push_back({QDate(2026, 3, 2), u"Ivy to return home with a care package."_s, {}});
    home.letterWording = u"We decided you will go home, with carers to help you."_s;
    record.outcomes.push_back(home);
    PlanAction visit{0, 1, u"Fire service"_s, u"Home fire safety visit"_s, QDate(2026, 3, 9), {}};
    visit.letterWording = u"The fire service will visit you to check your smoke alarms."_s;
    record.actions.push_back(visit);
    return record;
}

} // namespace

TEST_CASE("letter wording is kept with each record, changed later and in the history")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(caseWithWording()).id;
    REQUIRE(caseId > 0);
    CaseRecord stored = *repository.load(caseId);
    CHECK(stored.outcomes.at(0).letterWording == u"We decided you will go home, with carers to help you."_s);
    CHECK(stored.actions.at(0).letterWording
          == u"The fire service will visit you to check your smoke alarms."_s);

    const qint64 outcomeId = stored.outcomes.at(0).id;
    const Closure closure{QDate(2026, 4, 1),
                          FeelsSafer::Yes,
                          {},
                          {},
                          u"NFA. Ivy has our number."_s,
                          {},
                          u"We have stopped our work. You have our phone number."_s};
    OutcomeAchievement achieved{Achievement::Fully, u"Ivy home 20/03, POC in place."_s, QDate(2026, 4, 1)};
    achieved.letterWhy = u"You went home on Friday 20 March 2026. Carers visit you every day."_s;
    REQUIRE(repository.close(caseId, closure, {{outcomeId, achieved}}).ok());
    stored = *repository.load(caseId);
    CHECK(stored.outcomes.at(0).achievement->letterWhy == achieved.letterWhy);
    CHECK(stored.closure->letterNext == u"We have stopped our work. You have our phone number."_s);

    const qint64 actionId = stored.actions.at(0).id;
    REQUIRE(repository
                .setLetterWording(LetterWordingOf::Action, actionId,
                                  u"The fire service will come to check your smoke alarms."_s)
                .ok());
    CHECK(repository.load(caseId)->actions.at(0).letterWording
          == u"The fire service will come to check your smoke alarms."_s);
    bool inHistory = false;
    for (const HistoryEntry& entry : repository.history(caseId))
        inHistory = inHistory
            || (entry.field == u"for the letter"_s
                && entry.oldValue == u"The fire service will visit you to check your smoke alarms."_s
                && entry.newValue == u"The fire service will come to check your smoke alarms."_s);
    CHECK(inHistory);

    // Carried in the case file, so it is not lost when the case moves to another store.
    const QString file = QString::fromUtf8(caseFileText({*repository.load(caseId)}));
    CHECK(file.contains(
        u"\"letterWhy\": \"You went home on Friday 20 March 2026. Carers visit you every day.\""_s));
    CHECK(file.contains(u"\"letterNext\": \"We have stopped our work. You have our phone number.\""_s));
}

TEST_CASE("letter wording for a reason or a closing not yet recorded is refused, and nothing is written")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(caseWithWording()).id;
    const qint64 outcomeId = repository.load(caseId)->outcomes.at(0).id;
    const auto historyBefore = repository.history(caseId).size();
    CHECK_FALSE(
        repository.setLetterWording(LetterWordingOf::Achievement, outcomeId, u"You went home."_s).ok());
    CHECK_FALSE(repository.setLetterWording(LetterWordingOf::Closure, caseId, u"We have finished."_s).ok());
    CHECK_FALSE(repository.setLetterWording(LetterWordingOf::Action, 999, u"Something."_s).ok());
    CHECK(repository.history(caseId).size() == historyBefore);
}
