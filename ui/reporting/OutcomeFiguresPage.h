#pragma once

#include "reporting/FiguresSection.h"
#include "reporting/ReportDashboard.h"

#include <QDate>
#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace alongside::core {
class StoreReader;
}

namespace alongside::ui {

class DashboardCounting;
class FileChooser;
class GentleNote;
class PeoplesWordsModel;
class ReportPeriodChooser;

// Reports → Outcome figures: the sector outcome measure and the SAC tables for a period, as
// plain bar charts whose every number opens the cases behind it, and the people's own words
// (initials only). Saves the tables as CSV files and the Board report as a PDF. Figures serve
// reflection, not league tables, and the page says so.
class OutcomeFiguresPage : public QWidget {
    Q_OBJECT

public:
    // Counts through `reader`, the store's connection for workers, off the UI thread.
    OutcomeFiguresPage(std::shared_ptr<core::StoreReader> reader, std::function<QDate()> today,
                       FileChooser& chooser, QWidget* parent = nullptr);

    // Counts again for the period chosen (the figures may have changed since).
    void refresh();
    bool isBusy() const;
    const core::ReportDashboard& dashboard() const { return m_dashboard; }
    // "outcome-measure", or a table's key ("SG2a", "SG2b-location"…); null before the first count.
    FiguresSection* section(const QString& key) const;
    ReportPeriodChooser* periodChooser() const { return m_period; }
    QTableView* wordsTable() const { return m_words; }
    QPushButton* backButton() const { return m_back; }
    QLabel* statusLabel() const { return m_status; }
    void focusFirstControl();

    void saveCsvFiles();
    void saveBoardReport();

signals:
    void backRequested();
    // `why` says, in a sentence, which number these cases are behind.
    void casesRequested(const QSet<qint64>& caseIds, const QString& why);
    void caseOpened(qint64 caseId);
    // Counting or writing started or stopped (the page is busy while either runs).
    void busyChanged(bool busy);

private:
    static QString bundlesText(const std::vector<core::FiguresFromBundle>& bundles);
    void periodChanged();
    void countingFinished();
    void showNextSection();
    void allSectionsShown();
    void countingFailed(const QString& message);
    void boardReportWritten();
    void showBusy(const QString& message);
    void showIdle(const QString& message);
    void numberChosen(const QSet<qint64>& caseIds, const QString& what);
    FiguresSection* sectionFor(const QString& key);
    void chainTabStops();

    std::function<QDate()> m_today;
    FileChooser& m_chooser;
    DashboardCounting* m_counting;
    core::ReportDashboard m_dashboard;
    bool m_haveFigures = false;
    QPushButton* m_back;
    ReportPeriodChooser* m_period;
    QPushButton* m_saveCsv;
    QPushButton* m_saveBoard;
    QProgressBar* m_progress;
    QLabel* m_status;
    GentleNote* m_problem;
    QScrollArea* m_scroll;
    QVBoxLayout* m_sectionsLayout;
    std::map<QString, FiguresSection*> m_sections;
    // Figures counted and waiting to be shown, one section per turn of the event loop, so that
    // the window keeps answering while they appear (issue 10: no stall of 50 ms or more).
    struct WaitingSection {
        QString key;
        FiguresSection::Shown shown;
    };
    std::vector<WaitingSection> m_waiting;
    std::size_t m_nextWaiting = 0;
    std::shared_ptr<const ChartLabelPeers> m_labelPeers;
    QTimer m_showingSections;
    QWidget* m_wordsBlock;
    QLabel* m_wordsEmpty;
    QTableView* m_words;
    PeoplesWordsModel* m_wordsModel;
    QTimer m_settle;       // waits for the dates to stop changing before counting
    QTimer m_showProgress; // shows the busy bar only if the work takes more than a moment
    QFutureWatcher<QString> m_writing;
};

} // namespace alongside::ui
