#pragma once

#include <QString>

namespace alongside::ui {
class MainWindow;
}

namespace alongside::test {

class ShellFixture;

// For ui_screenshot_driver: Reports → Outcome figures over the demo caseload, this financial
// year so far. With `boardPdf`, the Board report is also saved there through the page's own
// button (the fixture's chooser answers the Save dialog). With `scrollTo`, the figures are
// scrolled to that section ("SG1f") once counted.
void showDashboard(ui::MainWindow& window, ShellFixture& fixture, const QString& boardPdf,
                   const QString& scrollTo = {});

} // namespace alongside::test
