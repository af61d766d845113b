#pragma once

#include "reporting/ReportDashboard.h"
#include "reporting/ReportPeriod.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace alongside::core {
class ReportRepository;
class StoreReader;
} // namespace alongside::core

namespace alongside::ui {

// Counts the outcome figures for a period on a worker thread, through the store's second
// connection (core::StoreReader), so a large store is counted while the window keeps answering
// and the quick note and drafts keep writing through the first. Progress is reported table by
// table. The connection was opened with the store, so no key is handed to the worker.
class DashboardCounting : public QObject {
    Q_OBJECT

public:
    DashboardCounting(std::shared_ptr<core::StoreReader> reader, QObject* parent = nullptr);
    ~DashboardCounting() override;

    // Starts over for `period`; a count already under way is abandoned and its result ignored.
    void start(const core::ReportPeriod& period);
    bool isRunning() const { return m_running; }
    const core::ReportDashboard& result() const { return m_result; }
    static int stepCount();
    // Small reads the UI waits for, each read by a worker through the store's second connection.
    // Both throw core::ReportFailed, as the repository does.
    QDate latestConcludedOn(const QDate& onOrBefore = {}) const; // the period chooser's starting year
    std::shared_ptr<core::StoreReader> reader() const { return m_reader; }
    // On a worker thread only (the Board report's writer): the period before's figures, read
    // through `reader` there and then. Throws core::ReportFailed, also when the store is closing.
    static core::PreviousFigures previousFiguresHere(const std::shared_ptr<core::StoreReader>& reader,
                                                     const core::ReportPeriod& period);

signals:
    void progressed(int done, int of);
    void finished();
    void failed(const QString& message);

private:
    struct Counted {
        core::ReportDashboard dashboard;
        QString failure; // empty when counted
    };
    void counted();
    void readNow(const std::function<void(const core::ReportRepository&)>& read) const;

    std::shared_ptr<core::StoreReader> m_reader;
    QFutureWatcher<Counted> m_watcher;
    core::ReportDashboard m_result;
    bool m_running = false;
};

} // namespace alongside::ui
