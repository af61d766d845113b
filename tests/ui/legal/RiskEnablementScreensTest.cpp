#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "common/DateField.h"
#include "risk/RiskEnablementForm.h"
#include "risk/RiskEnablementSection.h"
#include "storage/repositories/RiskEnablementRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {
QStringList cardLines(const QWidget* cards)
{
    QStringList lines;
    for (const QLabel* label : cards->findChildren<QLabel*>())
        lines << label->text();
    return lines;
}
} // namespace

TEST_CASE("a risk enablement note linked to an outcome shows that outcome and its review date")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    const qint64 outcomeId = fixture.stored(doris).outcomes.front().id;
    auto view = fixture.openView(doris);
    ui::RiskEnablementSection* risk = view->riskEnablement();
    QTest::mouseClick(risk->writeButton(), Qt::LeftButton);
    ui::RiskEnablementForm* form = risk->form();
    REQUIRE(form->isVisible());
    QTest::keyClicks(form->activity(), QStringLiteral("Walking to the shop on her own"));
    QTest::keyClicks(form->whatItMeans(), QStringLiteral("It's the only time I see anyone"));
    QTest::keyClicks(form->decidedBy(), QStringLiteral("Test Practitioner"));
    QCheckBox* outcome = form->outcomeChoice(outcomeId);
    REQUIRE(outcome != nullptr);
    outcome->setChecked(true);
    form->reviewOn()->setDate(QDate(2026, 6, 1));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();

    const core::RiskEnablementRepository stored(fixture.database(), QStringLiteral("Test"),
                                                [] { return ShellFixture::now(); });
    const auto notes = stored.notes(doris);
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().outcomeIds == std::vector<qint64>{outcomeId});

    const QStringList lines = cardLines(risk->cards());
    CHECK(lines.contains(QStringLiteral("Walking to the shop on her own")));
    CHECK(lines.contains(QStringLiteral("Serves: “%1”").arg(QString::fromLatin1(kDorisOutcome))));
    CHECK(lines.contains(QStringLiteral("Review by 1 Jun 2026")));
}
