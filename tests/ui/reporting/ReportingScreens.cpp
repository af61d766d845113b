#include "reporting/ReportingScreens.h"

#include "harness/ShellFixture.h"

#include "reporting/OutcomeFiguresPage.h"
#include "reporting/ReportPeriodChooser.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTimer>

namespace alongside::test {

void showDashboard(ui::MainWindow& window, ShellFixture& fixture, const QString& boardPdf)
{
    window.actions()->outcomeFigures()->trigger();
    ui::OutcomeFiguresPage* figures = window.workspace()->outcomeFigures();
    figures->periodChooser()->quickChoice()->setCurrentIndex(1); // this financial year so far
    figures->refresh();
    if (boardPdf.isEmpty())
        return;
    fixture.chooser().saveFile = boardPdf;
    auto* poll = new QTimer(figures);
    QObject::connect(poll, &QTimer::timeout, figures, [figures, poll] {
        if (figures->isBusy())
            return;
        poll->stop();
        figures->saveBoardReport();
    });
    poll->start(100);
}

} // namespace alongside::test
