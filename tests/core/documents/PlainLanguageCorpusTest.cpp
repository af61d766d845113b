// The plain-language check against a corpus of sentences from letters: half with one known
// problem each (what the check must find), half plain (where it must stay quiet). The figures
// are printed with the test's output so a change to the rules shows what it costs.

#include "rules/PlainLanguageCheck.h"
#include "support/Catch.h"

#include <QStringList>

#include <iostream>

using namespace alongside;

namespace {

struct KnownProblem {
    const char* sentence;
    const char* rule; // the one problem the sentence has
};

// Written the way practitioners write, about readers called Tom and Doris.
const KnownProblem kProblems[] = {
    {"Bring your bank card, e.g. the blue one.", core::plainrule::Abbreviation},
    {"We can help with shopping, cleaning etc.", core::plainrule::Abbreviation},
    {"We will write to you via your sister.", core::plainrule::Abbreviation},
    {"We spoke re your money last week.", core::plainrule::Abbreviation},
    {"You can call us, i.e. Alex or Sam.", core::plainrule::Abbreviation},
    {"You pay 25% of the cost.", core::plainrule::PercentOrMoney},
    {"Your bill was £1,237.46 this year.", core::plainrule::PercentOrMoney},
    {"Tom sorted everything himself.", core::plainrule::ThirdPerson},
    {"Doris's carer will now come on Fridays.", core::plainrule::ThirdPerson},
    {"Your case went to the Court of Protection.", core::plainrule::Jargon},
    {"Your sister has deputyship for your money.", core::plainrule::Jargon},
    {"The council has appointeeship for your benefits.", core::plainrule::Jargon},
    {"We will look at your placement again soon.", core::plainrule::Jargon},
    {"Your package of care starts on Monday.", core::plainrule::Jargon},
    {"The commissioners will check the bus company.", core::plainrule::Jargon},
    {"The provider said sorry to you.", core::plainrule::Jargon},
    {"We agreed NFA at the meeting.", core::plainrule::Jargon},
    {"We did a safeguarding enquiry.", core::plainrule::Jargon},
    {"We will come to see you at home next week to talk about what you would like to happen with "
     "your money.",
     core::plainrule::SentenceLength},
    {"Your bank card was taken by Dan.", core::plainrule::PassiveVoice},
    {"We will visit you in three weeks.", core::plainrule::NumberAsWord},
    {"We will visit you on 03/04/2026.", core::plainrule::DateNotWrittenOut},
    {"Your sister will call; she has your number.", core::plainrule::OneIdea},
    {"We will liaise with your landlord.", core::plainrule::Jargon},
};

const char* const kPlain[] = {
    "We talked with you on Tuesday 3 March 2026.",
    "You told us you wanted to stay at home.",
    "The fire service will visit you to check your smoke alarms.",
    "Your sister will help you with your money.",
    "We will call you in 2 weeks.",
    "You can call me on 01632 960123.",
    "If you are in danger now, call 999.",
    "You feel safer now.",
    "A different driver now takes you to the day centre.",
    "Your doctor will check your tablets.",
    "You chose to sort your things yourself.",
    "We are sorry that things are still hard.",
    "The bank sent you a new card.",
    "You pay about half of the cost.",
    "The care company said sorry to you.",
    "An advocate is someone who helps you have your say.",
    "You can see your son on Sundays.",
    "We have finished our work with you for now.",
    "Julie will keep coming on weekdays.",
    "You get £12 each week for food.",
    "Please call me if you need help.",
    "We will see how you are in May.",
    "The agency will keep Julie on your weekday visits.",
    "You can keep your own bank card.",
};

const core::PlainLanguageReader kReaders{{QStringLiteral("Tom"), QStringLiteral("Doris")}};

} // namespace

TEST_CASE("the check finds at least 90% of known problems with at most 1 false alarm in the corpus")
{
    const auto problemCount = static_cast<int>(std::size(kProblems));
    const auto plainCount = static_cast<int>(std::size(kPlain));
    REQUIRE(problemCount + plainCount >= 40);
    REQUIRE(plainCount >= problemCount); // at least half plain: false alarms are measured fairly

    int found = 0;
    QStringList missed;
    for (const KnownProblem& problem : kProblems) {
        bool hit = false;
        for (const auto& finding : core::checkPlainLanguage(QString::fromUtf8(problem.sentence), kReaders))
            hit = hit || finding.ruleId == QLatin1String(problem.rule);
        found += hit ? 1 : 0;
        if (!hit)
            missed << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(problem.sentence),
                                                    QLatin1String(problem.rule));
    }
    int falseAlarms = 0;
    QStringList alarms;
    for (const char* sentence : kPlain) {
        const auto findings = core::checkPlainLanguage(QString::fromUtf8(sentence), kReaders);
        falseAlarms += findings.empty() ? 0 : 1;
        for (const auto& finding : findings)
            alarms << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sentence), finding.ruleId);
    }

    const double foundShare = 100.0 * found / problemCount;
    std::cout << "Plain-language corpus: " << problemCount << " sentences with one known problem, " << found
              << " found (" << QString::number(foundShare, 'f', 1).toStdString() << "%); " << plainCount
              << " plain sentences, " << falseAlarms << " false alarm(s).\n";
    for (const QString& line : missed)
        std::cout << "  missed: " << line.toStdString() << '\n';
    for (const QString& line : alarms)
        std::cout << "  false alarm: " << line.toStdString() << '\n';
    CHECK(foundShare >= 90.0);
    CHECK(falseAlarms <= 1);
}
