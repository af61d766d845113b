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

TEST_CASE(
    "the IMCA panel reads the attorney on the person's page with what they cover: a property attorney leaves "
    "the duty in place, a welfare attorney for where he lives takes it away")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    core::Person person = fixture.stored(sam).person;
    person.legalRepresentatives = {{0,
                                    core::LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs,
                                    QStringLiteral("Bea Example"),
                                    {},
                                    {},
                                    {}}};
    REQUIRE(fixture.access.repository().updatePerson(sam, person).ok());

    auto view = fixture.openView(sam);
    ui::ImcaFactsForm* imca = view->advocacy()->imcaFacts();
    CHECK(imca->representativesSummary()->text().contains(QStringLiteral("Bea Example")));
    CHECK(imca->representativesSummary()->text().contains(QStringLiteral("property and financial affairs")));
    ui::chooseAnswer(imca->familyOrFriends(), core::YesNoUnknown::No);
    imca->councilAccommodation()->setChecked(true);
    core::ImcaSituation situation = imca->situation();
    situation.councilAccommodation->lacksCapacityToAgree = core::YesNoUnknown::Yes;
    situation.councilAccommodation->likelyDays = 90;
    situation.councilAccommodation->urgent = core::YesNoUnknown::No;
    situation.councilAccommodation->mentalHealthActObligation = core::YesNoUnknown::No;
    situation.councilAccommodation->dolsRelevantPlace = core::YesNoUnknown::No;
    imca->fill(situation);
    imca->setRepresentatives(situation.peopleToConsult.representatives);
    CHECK(view->advocacy()->imcaResult()->answer() == QStringLiteral("IMCA: must be instructed"));
    CHECK(view->advocacy()->imcaResult()->plainText().contains(QStringLiteral("s.40(1)(b)")));

    person.legalRepresentatives = {{0,
                                    core::LegalRepresentative::Kind::LpaHealthAndWelfare,
                                    QStringLiteral("Ruth Example"),
                                    {},
                                    {core::AuthorityMatter::Accommodation},
                                    {}}};
    REQUIRE(fixture.access.repository().updatePerson(sam, person).ok());
    view->open(sam);
    CaseViewFixture::settle();
    CHECK(imca->representativesSummary()->text().contains(QStringLiteral("Ruth Example")));
    CHECK(view->advocacy()->imcaResult()->answer() == QStringLiteral("IMCA: does not apply"));
}

TEST_CASE("recording that an IMCA would not be of particular benefit shows the adult protection power is not "
          "available")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::ImcaFactsForm* imca = view->advocacy()->imcaFacts();
    imca->adultProtection()->setChecked(true);
    ui::chooseAnswer(imca->protectionLacksCapacity(), core::YesNoUnknown::Yes);
    CHECK(view->advocacy()->imcaResult()->answer() == QStringLiteral("IMCA: may be instructed"));
    CHECK(view->advocacy()->imcaResult()->plainText().contains(QStringLiteral("particular benefit")));
    CHECK(view->advocacy()->imcaResult()->plainText().contains(QStringLiteral("reg 5(1)")));

    core::ImcaSituation situation = imca->situation();
    situation.adultProtection->particularBenefit = {core::YesNoUnknown::No,
                                                    QStringLiteral("Has an advocate")};
    imca->fill(situation);
    ui::chooseAnswer(imca->familyImplicated(), core::YesNoUnknown::No); // a change the form reports
    CHECK(view->advocacy()->imcaResult()->answer() == QStringLiteral("IMCA: does not apply"));
}

TEST_CASE("a safeguarding adults review about an adult who has died shows no advocate is required, citing "
          "s.44(2)(a)")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::AdvocacyFactsForm* facts = view->advocacy()->facts();
    CHECK_FALSE(facts->adultAlive()->isVisibleTo(facts));
    facts->process()->setCurrentIndex(
        facts->process()->findData(static_cast<int>(core::CareActProcess::SafeguardingAdultsReview)));
    REQUIRE(facts->adultAlive()->isVisibleTo(facts));
    fillDaughterIsTheAllegedAbuser(facts);
    CHECK(
        view->advocacy()->careActResult()->plainText().contains(QStringLiteral("Record whether the adult")));

    ui::chooseAnswer(facts->adultAlive(), core::YesNoUnknown::No);
    CHECK(view->advocacy()->careActResult()->answer() == QStringLiteral("Care Act advocate: not required"));
    CHECK(view->advocacy()->careActResult()->plainText().contains(QStringLiteral("s.44(2)(a)")));

    ui::chooseAnswer(facts->adultAlive(), core::YesNoUnknown::Yes);
    CHECK(view->advocacy()->careActResult()->answer() == QStringLiteral("Care Act advocate: required"));
}

TEST_CASE("each thing still to record for the IMCA check is shown once, under its trigger")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::ImcaFactsForm* imca = view->advocacy()->imcaFacts();
    imca->adultProtection()->setChecked(true);
    const QString shown = view->advocacy()->imcaResult()->plainText();
    INFO(shown.toStdString());
    CHECK(shown.count(QStringLiteral("Record whether they lack capacity to agree to the protective measures"))
          == 1);
    CHECK(shown.count(QStringLiteral("Record whether a family member is implicated in the allegation")) == 1);

    imca->councilAccommodation()->setChecked(true);
    const QString two = view->advocacy()->imcaResult()->plainText();
    INFO(two.toStdString());
    CHECK(two.count(QStringLiteral("Record whether they lack capacity to agree to the protective measures"))
          == 1);
    CHECK(two.contains(
        QStringLiteral("Adult protection (SI 2006/2883 reg 4): Record whether they lack capacity")));
}

TEST_CASE("the person's page shows what each attorney covers, and says so when it is not recorded")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    core::Person person = fixture.stored(sam).person;
    person.legalRepresentatives = {
        {0,
         core::LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs,
         QStringLiteral("Bea Example"),
         {},
         {},
         {}},
        {0, core::LegalRepresentative::Kind::LpaHealthAndWelfare, QStringLiteral("Ruth Example"), {}, {}, {}},
        {0,
         core::LegalRepresentative::Kind::NominatedPerson,
         QStringLiteral("Pat Example"),
         {},
         {core::AuthorityMatter::Accommodation},
         QStringLiteral("named in 2024")}};
    REQUIRE(fixture.access.repository().updatePerson(sam, person).ok());

    auto view = fixture.openView(sam);
    auto* shown = view->findChild<QLabel*>(QStringLiteral("personAuthority"));
    REQUIRE(shown != nullptr);
    const QString text = shown->text();
    INFO(text.toStdString());
    CHECK(text.contains(
        QStringLiteral("Bea Example — Lasting power of attorney: property and financial affairs — "
                       "covers property")));
    CHECK(text.contains(
        QStringLiteral("Ruth Example — Lasting power of attorney: health and welfare — what it covers "
                       "is not recorded")));
    CHECK(text.contains(QStringLiteral("Pat Example — Nominated by them to be consulted — covers where")));
    CHECK(text.contains(QStringLiteral("(named in 2024)")));
}
