#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/OutcomeCard.h"
#include "casefile/OutcomesSection.h"
#include "model/SacCategories.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("revisiting an outcome adds the new wording and keeps the old one with its date")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    auto view = fixture.openView(doris);
    ui::OutcomesSection* outcomes = view->outcomes();
    REQUIRE(outcomes->cards().size() == 1);
    ui::OutcomeCard* card = outcomes->cards().front();

    QTest::mouseClick(card->revisitButton(), Qt::LeftButton);
    REQUIRE(card->newWording()->isVisible());
    CHECK(card->newWording()->text() == QString::fromLatin1(kDorisOutcome)); // starts from her words
    card->newWording()->clear();
    typeAndEnter(card->newWording(), QStringLiteral("I want the agency to say sorry"));
    CaseViewFixture::settle();

    const core::DesiredOutcome stored = fixture.stored(doris).outcomes.front();
    REQUIRE(stored.revisions.size() == 2);
    CHECK(stored.revisions[0].wording == QString::fromLatin1(kDorisOutcome));
    CHECK(stored.revisions[0].recordedOn == QDate(2026, 2, 20));
    CHECK(stored.revisions[1].wording == QStringLiteral("I want the agency to say sorry"));
    CHECK(stored.revisions[1].recordedOn == ShellFixture::today());

    // On screen: her words now, and the earlier wording with the day she said it.
    REQUIRE(outcomes->cards().size() == 1);
    const auto* now = outcomes->cards().front()->findChild<QLabel*>(QStringLiteral("personsWords"));
    REQUIRE(now != nullptr);
    CHECK(now->text() == QStringLiteral("“I want the agency to say sorry”"));
    const auto* earlier = outcomes->cards().front()->findChild<QLabel*>(QStringLiteral("earlierWording"));
    REQUIRE(earlier != nullptr);
    CHECK(earlier->text().contains(QString::fromLatin1(kDorisOutcome)));
    CHECK(earlier->text().contains(QStringLiteral("20 Feb 2026")));
}

TEST_CASE("a new outcome is recorded as the person's own words unless someone else put it into words")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    ui::OutcomesSection* outcomes = view->outcomes();
    typeAndEnter(outcomes->newWording(), QStringLiteral("To manage my own tablets"));
    CaseViewFixture::settle();
    outcomes->voiceChoice()->setCurrentIndex(
        outcomes->voiceChoice()->findData(static_cast<int>(core::OutcomeVoice::Advocate)));
    typeAndEnter(outcomes->newWording(), QStringLiteral("Sam would like his son to visit less often"));
    CaseViewFixture::settle();

    const core::CaseRecord record = fixture.stored(sam);
    REQUIRE(record.outcomes.size() == 2);
    CHECK(record.outcomes[0].voice == core::OutcomeVoice::Person);
    CHECK(record.outcomes[1].voice == core::OutcomeVoice::Advocate);
    CHECK(outcomes->cards().size() == 2);
    CHECK(outcomes->newWording()->text().isEmpty());
}

TEST_CASE("whether they were asked is recorded in the Safeguarding Adults Collection's exact words")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    QComboBox* asked = view->outcomes()->askedChoice();
    CHECK(asked->currentIndex() == -1); // nothing recorded yet: no answer shown as chosen
    for (const QString& label : core::sac::mspAskedAnswers())
        CHECK(asked->findText(label) >= 0);

    const int index = asked->findData(core::sac::kMspAskedNoneExpressed);
    asked->setCurrentIndex(index);
    emit asked->activated(index); // as a person choosing it does
    CaseViewFixture::settle();
    CHECK(fixture.stored(sam).mspAsked == core::sac::kMspAskedNoneExpressed);
    CHECK(asked->currentText() == core::sac::kMspAskedNoneExpressed);
}
