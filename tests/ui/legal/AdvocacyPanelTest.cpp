#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "advocacy/AdvocacyFactsForm.h"
#include "advocacy/AdvocacySection.h"
#include "advocacy/ImcaFactsForm.h"
#include "advocacy/IndividualEditor.h"
#include "advocacy/WishesForm.h"
#include "capacity/RuleResultView.h"
#include "common/AnswerLabels.h"
#include "storage/repositories/AdvocacyRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {
using Area = ui::AdvocacyFactsForm::Area;

// Sam struggles to take in what the enquiry is about; his daughter would support him, but she
// is the one the concern is about.
void fillDaughterIsTheAllegedAbuser(ui::AdvocacyFactsForm* facts)
{
    ui::chooseAnswer(facts->difficulty(Area::Understanding), core::YesNoUnknown::Yes);
    QTest::keyClicks(facts->evidence(Area::Understanding),
                     QStringLiteral("Could not say what the enquiry is for"));
    QTest::mouseClick(facts->addIndividualButton(), Qt::LeftButton);
    REQUIRE(facts->individuals().size() == 1);
    ui::IndividualEditor* daughter = facts->individuals().front();
    QTest::keyClicks(daughter->name(), QStringLiteral("Jo Example"));
    QTest::keyClicks(daughter->relationship(), QStringLiteral("daughter"));
    ui::chooseAnswer(daughter->suitable(), core::YesNoUnknown::Yes);
    ui::chooseAnswer(daughter->paid(), core::YesNoUnknown::No);
    ui::chooseAnswer(daughter->consents(), core::YesNoUnknown::Yes);
    ui::chooseAnswer(daughter->implicated(), core::YesNoUnknown::Yes);
}
} // namespace

TEST_CASE("an advocate is shown as required, citing s.68, when the daughter who would support him is the "
          "alleged abuser")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::AdvocacySection* advocacy = view->advocacy();
    CHECK(advocacy->careActResult()->answer() == QStringLiteral("Care Act advocate: cannot tell yet"));

    fillDaughterIsTheAllegedAbuser(advocacy->facts());

    CHECK(advocacy->careActResult()->answer() == QStringLiteral("Care Act advocate: required"));
    CHECK(advocacy->careActResult()->plainText().contains(QStringLiteral("s.68")));
}

TEST_CASE("a saved advocacy check and a referral are there when the case is opened again")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    {
        auto view = fixture.openView(sam);
        ui::AdvocacySection* advocacy = view->advocacy();
        fillDaughterIsTheAllegedAbuser(advocacy->facts());
        QTest::mouseClick(advocacy->saveCheckButton(), Qt::LeftButton);
        CaseViewFixture::settle();
        QTest::keyClicks(advocacy->referralProvider(), QStringLiteral("Northtown Advocacy"));
        QTest::keyClicks(advocacy->referralAdvocate(), QStringLiteral("Alex Advocate"));
        QTest::mouseClick(advocacy->addReferralButton(), Qt::LeftButton);
        CaseViewFixture::settle();
    }
    const core::AdvocacyRepository stored(fixture.database(), QStringLiteral("Test"),
                                          [] { return ShellFixture::now(); });
    REQUIRE(stored.latestCheck(sam).has_value());
    CHECK(stored.latestCheck(sam)->careActResult == core::AdvocacyDecision::Required);

    auto view = fixture.openView(sam);
    ui::AdvocacySection* advocacy = view->advocacy();
    CHECK(advocacy->lastCheck()->text().contains(QStringLiteral("required")));
    // The facts come back from the saved check, so the answer is the same.
    CHECK(advocacy->careActResult()->answer() == QStringLiteral("Care Act advocate: required"));
    REQUIRE(advocacy->facts()->individuals().size() == 1);
    CHECK(advocacy->facts()->individuals().front()->name()->text() == QStringLiteral("Jo Example"));
    const auto cards = advocacy->referralCards()->findChildren<QWidget*>(QStringLiteral("referralCard"));
    REQUIRE(cards.size() == 1);
    const auto labels = cards.front()->findChildren<QLabel*>();
    const bool named = std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("Alex Advocate"));
    });
    CHECK(named);
}

TEST_CASE("protective measures proposed for someone without capacity show an IMCA may be instructed even "
          "with family")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::ImcaFactsForm* imca = view->advocacy()->imcaFacts();
    ui::chooseAnswer(imca->familyOrFriends(), core::YesNoUnknown::Yes);
    imca->adultProtection()->setChecked(true);
    ui::chooseAnswer(imca->protectionLacksCapacity(), core::YesNoUnknown::Yes);

    CHECK(view->advocacy()->imcaResult()->answer() == QStringLiteral("IMCA: may be instructed"));
    CHECK(view->advocacy()->imcaResult()->plainText().contains(QStringLiteral("2006/2883")));
}

TEST_CASE("when the person does not want anything done the panel prompts for what may override it")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::WishesForm* wishes = view->advocacy()->wishes();
    wishes->wish()->setCurrentIndex(
        wishes->wish()->findData(static_cast<int>(core::PersonsWish::DoesNotWantAction)));
    ui::chooseAnswer(wishes->factor(ui::WishesForm::Factor::Coercion), core::YesNoUnknown::Yes);
    CHECK(wishes->result()->answer()
          == QStringLiteral("They do not want action, and something may override that"));

    QTest::mouseClick(wishes->recordButton(), Qt::LeftButton);
    CaseViewFixture::settle();
    const core::AdvocacyRepository stored(fixture.database(), QStringLiteral("Test"),
                                          [] { return ShellFixture::now(); });
    REQUIRE(stored.wishesOverrides(fixture.stories.sam).size() == 1);
    CHECK(view->advocacy()->findChildren<QWidget*>(QStringLiteral("wishesCard")).size() == 1);
}
