#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "risk/RiskEnablementForm.h"
#include "risk/RiskEnablementSection.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {

QScrollArea* caseScroll(ui::CaseView* view)
{
    return child<QScrollArea>(*view, "caseScroll");
}

// Whether `widget` can be seen in the case's scrolling column just now.
bool inSight(ui::CaseView* view, QWidget* widget)
{
    QWidget* viewport = caseScroll(view)->viewport();
    const QRect where(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
    return widget->isVisible() && viewport->rect().intersects(where);
}

} // namespace

TEST_CASE("after Put aside the page stays at the conversations, with the keyboard on Record a conversation")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::Conversations, false);
    QTest::mouseClick(child<QPushButton>(*view, "recordConversation"), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*view, "conversationNotes"),
                     QStringLiteral("Talked in the garden."));
    auto* putAside = child<QPushButton>(*view, "putConversationAside");
    caseScroll(view)->ensureWidgetVisible(putAside); // scrolled down to the button, as a person would
    settleWindow();

    QTest::mouseClick(putAside, Qt::LeftButton);
    settleWindow();

    auto* record = child<QPushButton>(*view, "recordConversation");
    CHECK(record->hasFocus());
    CHECK(inSight(view, record));
}

TEST_CASE("after saving a risk enablement note the page stays at risk enablement")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::RiskEnablement, false);
    settleWindow();
    ui::RiskEnablementSection* risk = view->riskEnablement();
    QTest::mouseClick(risk->writeButton(), Qt::LeftButton);
    ui::RiskEnablementForm* form = risk->form();
    QTest::keyClicks(form->activity(), QStringLiteral("Walking to the shop on her own"));
    QTest::keyClicks(form->whatItMeans(), QStringLiteral("It's the only time I see anyone"));
    QTest::keyClicks(form->decidedBy(), QStringLiteral("Test Practitioner"));
    caseScroll(view)->ensureWidgetVisible(form->saveButton());
    settleWindow();

    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    settleWindow();

    REQUIRE_FALSE(form->isVisible()); // saved
    CHECK(risk->writeButton()->hasFocus());
    CHECK(inSight(view, risk->writeButton()));
}
