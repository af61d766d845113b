#include "reporting/ReportingScreens.h"

#include "harness/ShellFixture.h"

#include "reporting/FiguresSection.h"
#include "reporting/OutcomeFiguresPage.h"
#include "reporting/ReportPeriodChooser.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace alongside::test {

void showDashboard(ui::MainWindow& window, ShellFixture& fixture, const QString& boardPdf,
                   const QString& scrollTo)
{
    window.actions()->outcomeFigures()->trigger();
    ui::OutcomeFiguresPage* figures = window.workspace()->outcomeFigures();
    figures->periodChooser()->quickChoice()->setCurrentIndex(1); // this financial year so far
    figures->refresh();
    if (!scrollTo.isEmpty()) {
        auto* scroll = new QTimer(figures);
        QObject::connect(scroll, &QTimer::timeout, figures, [figures, scroll, scrollTo] {
            if (figures->isBusy() || !figures->section(scrollTo))
                return;
            scroll->stop();
            auto* area = figures->findChild<QScrollArea*>(QStringLiteral("figuresScroll"));
            area->verticalScrollBar()->setValue(figures->section(scrollTo)->mapTo(area->widget(), QPoint()).y());
        });
        scroll->start(100);
    }
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
