#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QApplication>

#include <cmath>

using namespace alongside;
using namespace alongside::test;

namespace {
// Plain arithmetic rather than Approx, which Catch2 v2 and v3 spell differently.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 0.01;
}
} // namespace

TEST_CASE("larger text scales the whole application's font by a quarter and is remembered for next time")
{
    ShellFixture fixture;
    const double base = QApplication::font().pointSizeF();
    REQUIRE(base > 0);
    {
        ui::MainWindow window(fixture.context());
        window.actions()->largerText()->setChecked(true);
        CHECK(near(QApplication::font().pointSizeF(), base * 1.25));
        CHECK(ui::AppSettings(fixture.settingsFile()).largerText());
        window.actions()->largerText()->setChecked(false);
        CHECK(near(QApplication::font().pointSizeF(), base));
        window.actions()->largerText()->setChecked(true);
    }
    CHECK(near(QApplication::font().pointSizeF(), base)); // a closed window gives the font back

    ui::MainWindow window(fixture.context());
    CHECK(window.actions()->largerText()->isChecked());
    CHECK(near(QApplication::font().pointSizeF(), base * 1.25));
    window.actions()->largerText()->setChecked(false);
}
