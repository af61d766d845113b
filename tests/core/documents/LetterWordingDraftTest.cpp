// First drafts of the letter's own wording, made from what was written for colleagues.

#include "documents/LetterWordingDraft.h"
#include "support/Catch.h"

using namespace alongside;

namespace {

core::PlainLanguageReader reader(std::initializer_list<const char*> names)
{
    core::PlainLanguageReader who;
    for (const char* name : names)
        who.names << QString::fromUtf8(name);
    return who;
}

} // namespace

TEST_CASE("text about the reader is turned to speak to them, verbs agreeing")
{
    const auto tom = reader({"Tomasz", "Tom", "Testcase"});
    CHECK(core::speakToReader(QStringLiteral("Tom sorted everything himself, at his own pace."), tom)
          == QStringLiteral("You sorted everything yourself, at your own pace."));
    CHECK(core::speakToReader(
              QStringLiteral("Exits and cooker clear; smoke alarms fitted; Tom says he sleeps better."), tom)
          == QStringLiteral("Exits and cooker clear; smoke alarms fitted; you say you sleep better."));
    const auto arthur = reader({"Arthur", "Pretend"});
    CHECK(core::speakToReader(
              QStringLiteral("His son would not agree to leave, and Arthur decided against legal "
                             "action. We talked honestly that we could not make him go without it."),
              arthur)
          == QStringLiteral(
              "Your son would not agree to leave, and you decided against legal action. We talked "
              "honestly that we could not make him go without it."));
    const auto win = reader({"Winifred", "Win"});
    CHECK(core::speakToReader(
              QStringLiteral(
                  "The provider wrote an apology, but Win wanted the manager to say it to her face."),
              win)
          == QStringLiteral(
              "The provider wrote an apology, but you wanted the manager to say it to your face."));
    // A sentence that does not name the reader is left alone: "he" there is someone else.
    CHECK(core::speakToReader(QStringLiteral("The driver said he was sorry."), win)
          == QStringLiteral("The driver said he was sorry."));
}

TEST_CASE("a plan action is drafted as who will do what, or who did it")
{
    const auto doris = reader({"Doris", "Example"});
    core::PlanAction confirm{0,
                             0,
                             QStringLiteral("Agency manager"),
                             QStringLiteral("Confirm Julie stays on Doris's weekday visits"),
                             QDate(2026, 3, 8),
                             {}};
    CHECK(core::draftActionForLetter(confirm, doris, QStringLiteral("Alex Example"))
          == QStringLiteral("The agency manager will confirm Julie stays on your weekday visits."));
    core::PlanAction meet{0,
                          0,
                          QStringLiteral("Alex Example"),
                          QStringLiteral("Meet the agency manager with Doris"),
                          QDate(2026, 3, 8),
                          {}};
    CHECK(core::draftActionForLetter(meet, doris, QStringLiteral("Alex Example"))
          == QStringLiteral("I will meet the agency manager with you."));
    core::PlanAction visit{0,
                           0,
                           QStringLiteral("Fire service"),
                           QStringLiteral("Home fire safety visit"),
                           QDate(2026, 1, 7),
                           QDate(2026, 1, 12)};
    CHECK(core::draftActionForLetter(visit, doris, QStringLiteral("Alex Example"))
          == QStringLiteral("The fire service did a home fire safety visit."));
    visit.doneOn = {};
    CHECK(core::draftActionForLetter(visit, doris, QStringLiteral("Alex Example"))
          == QStringLiteral("The fire service will arrange a home fire safety visit."));
    core::PlanAction review{0,
                            0,
                            QStringLiteral("Care home manager"),
                            QStringLiteral("Review the morning rota."),
                            QDate(2026, 2, 1),
                            QDate(2026, 2, 3)};
    CHECK(core::draftActionForLetter(review, doris, QStringLiteral("Alex Example"))
          == QStringLiteral("The care home manager reviewed the morning rota."));
}

TEST_CASE("a wish put into words by an advocate or in best interests is drafted as theirs, not quoted")
{
    const auto ivy = reader({"Ivy", "Invented"});
    core::DesiredOutcome money;
    money.voice = core::OutcomeVoice::Advocate;
    money.revisions = {{QDate(2026, 3, 2), QStringLiteral("For Ivy's money to be managed safely."), {}}};
    CHECK(core::draftWishForLetter(money, ivy)
          == QStringLiteral("You want your money to be managed safely."));
    core::DesiredOutcome home;
    home.voice = core::OutcomeVoice::BestInterests;
    home.revisions = {{QDate(2026, 3, 2), QStringLiteral("To return home with carers."), {}}};
    CHECK(core::draftWishForLetter(home, ivy)
          == QStringLiteral("We decided it is best for you to return home with carers."));
}
