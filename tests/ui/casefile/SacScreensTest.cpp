// The screens that record what the Safeguarding Adults Collection counts: the person's SG1 details
// in the return's own words, several locations and sources of risk, and the experience questions
// at closure with who answered them. Offscreen, over a real store.

#include "harness/CaseViewFixture.h"
#include "harness/DialogDriving.h"
#include "harness/WindowDriving.h"

#include "casefile/ClosingExperienceForm.h"
#include "casefile/ClosingSection.h"
#include "casefile/ConcernForm.h"
#include "casefile/PersonDetailsForm.h"
#include "casefile/PersonDialog.h"
#include "casefile/PersonSacFields.h"
#include "casefile/PersonSection.h"
#include "casefile/SacLabelChecks.h"
#include "common/AnswerLabels.h"
#include "model/SacCategories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void choose(QComboBox* combo, const QString& label)
{
    const int index = combo->findText(label);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the person's details offer the return's own groups, untranslated, and save what is chosen")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    core::Person person = fixture.stored(sam).person;
    ui::PersonDialog dialog(person, [&](const core::Person& changed) {
        return fixture.access.repository().updatePerson(sam, changed).error;
    });
    ui::PersonSacFields* sac = dialog.details()->sacFields();
    CHECK(sac->gender()->currentIndex() == 0); // "Not recorded yet"
    for (const QString& label : core::sac::ethnicities())
        CHECK(sac->ethnicity()->findText(label) > 0);
    for (const QString& label : core::sac::primarySupportReasons())
        CHECK(sac->primarySupportReason()->findText(label) > 0);
    choose(sac->gender(), u"Male"_s);
    choose(sac->ethnicity(), u"Asian / Asian British"_s);
    choose(sac->primarySupportReason(), u"Mental Health Support"_s);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();

    const core::Person stored = fixture.stored(sam).person;
    CHECK(stored.gender == u"Male"_s);
    CHECK(stored.ethnicity == u"Asian / Asian British"_s);
    CHECK(stored.primarySupportReason == u"Mental Health Support"_s);

    // The case view says what will be counted, and says a gap is a gap.
    auto view = fixture.openView(sam);
    const auto* line = view->person()->findChild<QLabel*>(u"personForTheReturn"_s);
    REQUIRE(line != nullptr);
    CHECK(line->text().contains(u"Ethnicity: Asian / Asian British"_s));
    auto dorisView = fixture.openView(fixture.stories.doris);
    CHECK(dorisView->person()
              ->findChild<QLabel*>(u"personForTheReturn"_s)
              ->text()
              .contains(u"not recorded yet"_s));
}

TEST_CASE(
    "the person's details offer SG1e's two autism conditions in the return's words, neither until chosen")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    core::Person person = fixture.stored(sam).person;
    ui::PersonDialog dialog(person, [&](const core::Person& changed) {
        return fixture.access.repository().updatePerson(sam, changed).error;
    });
    ui::PersonSacFields* sac = dialog.details()->sacFields();
    CHECK(sac->autismCondition()->currentIndex() == 0); // "Neither recorded"
    CHECK(sac->autismCondition()->count() == 3);
    const QString asperger = core::sac::autismConditions().at(1);
    choose(sac->autismCondition(), asperger);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    CHECK(fixture.stored(sam).person.autismCondition == asperger);

    auto view = fixture.openView(sam);
    CHECK(view->person()
              ->findChild<QLabel*>(u"personForTheReturn"_s)
              ->text()
              .contains(u"Autism: "_s + asperger));
}

TEST_CASE("a concern takes every location and source of risk that applies, and gives them back")
{
    ui::ConcernForm form(ui::ConcernForm::Extent::Full, QDate(2026, 3, 2));
    core::Concern concern;
    concern.receivedOn = QDate(2026, 3, 1);
    concern.riskTypes = {u"Neglect and Acts of Omission"_s};
    concern.locationsOfRisk = {u"Own Home"_s, u"Hospital – Acute"_s};
    concern.sourcesOfRisk = {u"Service Provider"_s};
    form.setConcern(concern);
    REQUIRE(form.locations() != nullptr);
    CHECK(form.locations()->box(u"Hospital – Acute"_s)->isChecked());
    CHECK_FALSE(form.locations()->box(u"In the Community"_s)->isChecked());

    form.sources()->box(u"Other – Unknown to individual"_s)->setChecked(true);
    form.locations()->box(u"Own Home"_s)->setChecked(false);
    const core::Concern back = form.concern();
    CHECK(back.locationsOfRisk == QStringList{u"Hospital – Acute"_s});
    CHECK(back.sourcesOfRisk == QStringList{u"Service Provider"_s, u"Other – Unknown to individual"_s});
}

TEST_CASE("the experience questions are put to a representative about the person, and who answered is kept")
{
    ui::ClosingExperienceForm form;
    CHECK_FALSE(form.listenedTo()->isEnabled()); // nobody asked yet: nothing to answer
    ui::chooseAnswer(form.answeredBy(), core::ExperienceRespondent::Person);
    CHECK(form.listenedToQuestion()->text().remove(u'&') == u"Did you feel listened to?"_s);
    ui::chooseAnswer(form.answeredBy(), core::ExperienceRespondent::Imca);
    CHECK(form.listenedToQuestion()->text().remove(u'&') == u"Do you feel they were listened to?"_s);
    CHECK(form.listenedTo()->accessibleName() == u"Do you feel they were listened to?"_s);
    ui::chooseAnswer(form.listenedTo(), core::ExperienceAnswer::Partly);
    ui::chooseAnswer(form.involved(), core::ExperienceAnswer::Yes);
    const core::ClosureExperience experience = form.experience();
    CHECK(experience.answeredBy == core::ExperienceRespondent::Imca);
    CHECK(experience.listenedTo == core::ExperienceAnswer::Partly);
    CHECK(experience.involved == core::ExperienceAnswer::Yes);

    // Going back to "nobody asked" clears the answers, so no stray "yes" is kept.
    ui::chooseAnswer(form.answeredBy(), core::ExperienceRespondent::NotAsked);
    CHECK(form.experience().listenedTo == core::ExperienceAnswer::NotAsked);
}

TEST_CASE("closing a case keeps the experience answers and shows them in the closed summary")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    ui::ClosingSection* closing = view->closing();
    ui::chooseAnswer(closing->experience()->answeredBy(), core::ExperienceRespondent::Person);
    ui::chooseAnswer(closing->experience()->listenedTo(), core::ExperienceAnswer::Yes);
    ui::chooseAnswer(closing->experience()->involved(), core::ExperienceAnswer::No);
    // Closing asks first (day-keys): answer "Close the case".
    const bool asked = whileDialogOpen(
        [&] { QTest::mouseClick(closing->closeButton(), Qt::LeftButton); },
        [](QDialog* dialog) { dialog->findChild<QPushButton*>(u"confirmAction"_s)->click(); });
    CHECK(asked);
    CaseViewFixture::settle();

    const core::CaseRecord record = fixture.stored(sam);
    REQUIRE(record.closure);
    CHECK(record.closure->experience.answeredBy == core::ExperienceRespondent::Person);
    CHECK(record.closure->experience.listenedTo == core::ExperienceAnswer::Yes);
    CHECK(record.closure->experience.involved == core::ExperienceAnswer::No);
    QStringList summary; // the closed summary is a column of lines (day-keys)
    for (const QLabel* line : closing->summary()->findChildren<QLabel*>())
        summary << line->text();
    CHECK(summary.join(u'\n').contains(u"listened to, yes; involved, no"_s));
}
