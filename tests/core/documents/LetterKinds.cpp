#include "documents/LetterKinds.h"

#include "documents/LetterFixtures.h"

namespace alongside::test {

namespace {

using namespace Qt::Literals::StringLiterals;

core::CaseRecord fullyMet()
{
    core::CaseRecord r = demoCase(u"DEMO-004"_s);
    r.actions.at(0).letterWording = u"The fire service checked your home and fitted smoke alarms."_s;
    r.outcomes.at(0).achievement->letterWhy =
        u"Your cooker and doors are clear now. You have smoke alarms. You told us you sleep better."_s;
    r.outcomes.at(1).achievement->letterWhy = u"You sorted your things yourself, at your own pace."_s;
    r.closure->letterNext = u"The fire service will visit you again in 6 months."_s;
    return r;
}

core::CaseRecord partlyMet()
{
    core::CaseRecord r = demoCase(u"DEMO-007"_s);
    r.outcomes.at(0).achievement->letterWhy = u"A different driver now takes you to the day centre."_s;
    r.outcomes.at(1).achievement->letterWhy =
        u"The bus company wrote to you to say sorry. The manager did not say sorry to your face."_s;
    r.closure->letterNext = u"The council will keep checking the bus company."_s;
    return r;
}

core::CaseRecord notMet()
{
    core::CaseRecord r = demoCase(u"DEMO-008"_s);
    r.outcomes.at(0).achievement->letterWhy =
        u"Your son did not agree to leave. You chose not to go to court. We could not make him leave without a court."_s;
    r.closure->letterNext = u"Your doctor and nurses know what happened. You know how to call us."_s;
    return r;
}

// Priya's advocate put one wish into words; she is still being helped.
core::CaseRecord advocate()
{
    core::CaseRecord r = demoCase(u"DEMO-003"_s);
    core::DesiredOutcome money;
    money.id = 3;
    money.voice = core::OutcomeVoice::Advocate;
    money.revisions = {{r.outcomes.at(0).firstRecordedOn(),
                        u"Priya to manage her own money, with support from her aunt."_s,
                        u"said by her advocate"_s}};
    money.letterWording = u"You want to look after your own money, with help from your aunt."_s;
    r.outcomes.push_back(money);
    r.actions.at(0).letterWording = u"I asked Example Advocacy to help you have your say."_s;
    r.actions.at(1).letterWording = u"You and your aunt will go to the bank to order a new card."_s;
    return r;
}

// Ivy could not decide where to live after hospital; it was decided in her best interests.
core::CaseRecord bestInterests()
{
    core::CaseRecord r = demoCase(u"DEMO-009"_s);
    core::DesiredOutcome& home = r.outcomes.at(0);
    home.voice = core::OutcomeVoice::BestInterests;
    home.revisions.front().wording = u"Ivy to return home with a package of care."_s;
    home.letterWording = u"We decided you will go home, with carers to help you."_s;
    home.achievement = core::OutcomeAchievement{core::Achievement::Fully, u"Home 20/02, POC QDS."_s,
                                                r.closure->closedOn,
                                                u"You went home. Carers visit you 4 times a day."_s};
    r.closure->feelsSafer = core::FeelsSafer::Yes;
    r.closure->letterNext = u"Your carers will keep visiting you. Please call me if anything changes."_s;
    return r;
}

// Nobody reached Sam before the case closed.
core::CaseRecord neverSpokenWith()
{
    core::CaseRecord r = demoCase(u"DEMO-002"_s);
    core::PlanAction call{0,
                          0,
                          u"GP practice nurse"_s,
                          u"Phone Sam to offer a home visit"_s,
                          r.concern.receivedOn.addDays(2),
                          r.concern.receivedOn.addDays(1)};
    call.letterWording = u"Your practice nurse phoned you to offer a visit at home."_s;
    r.actions.push_back(call);
    r.closure = core::Closure{
        r.concern.receivedOn.addDays(1),
        core::FeelsSafer::NotAsked,
        {},
        {},
        u"Unable to engage; NFA, GP to monitor."_s,
        {},
        u"Your doctor will keep in touch with you. Please call me if you want to talk."_s};
    return r;
}

core::CaseRecord closedWithoutTheirView()
{
    core::CaseRecord r = demoCase(u"DEMO-009"_s);
    r.closure->letterNext =
        u"You moved to your sister's home before we could ask how you feel. You can still "
        u"call me."_s;
    return r;
}

} // namespace

std::vector<LetterKind> letterKinds()
{
    return {
        {u"fully-met"_s, fullyMet(), letterSources(false)},
        {u"partly-met"_s, partlyMet(), letterSources(false)},
        {u"not-met"_s, notMet(), letterSources(false)},
        {u"advocate"_s, advocate(), letterSources(true)},
        {u"best-interests"_s, bestInterests(), letterSources(false)},
        {u"never-spoken-with"_s, neverSpokenWith(), letterSources(false)},
        {u"closed-without-their-view"_s, closedWithoutTheirView(), letterSources(false)},
    };
}

} // namespace alongside::test
