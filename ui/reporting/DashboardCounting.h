#pragma once

#include "reporting/ReportDashboard.h"
#include "reporting/ReportRepository.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace alongside::ui {

// Counts the outcome figures for a period one table at a time, each step in its own turn of
// the event loop, so the window keeps answering (and can show progress) while a large store is
// counted. Not a worker thread: the store's one SQLCipher connection belongs to the UI thread
// (Qt allows a connection only in the thread that made it, and ours is opened without
// SQLite's mutexes), and the quick note and drafts keep writing through it meanwhile.
class DashboardCounting : public QObject {
    Q_OBJECT

public:
    explicit DashboardCounting(QSqlDatabase db, QObject* parent = nullptr);

    // Starts over for `period`; a count already under way is abandoned.
    void start(const core::ReportPeriod& period);
    bool isRunning() const { return m_next < m_steps.size(); }
    const core::ReportDashboard& result() const { return m_result; }
    int stepCount() const { return int(m_steps.size()); }
    // The period before's figures, for the Board report (counted when it is saved, not with the
    // dashboard, so the figures page stays as quick as it was).
    core::PreviousFigures previousFigures(const core::ReportPeriod& period) const
    {
        return m_repository.previousFigures(period);
    }

signals:
    void progressed(int done, int of);
    void finished();
    void failed(const QString& message);

private:
    void step();

    core::ReportRepository m_repository;
    std::vector<std::function<void(core::ReportDashboard&)>> m_steps;
    std::size_t m_next = 0;
    core::ReportDashboard m_result;
    QTimer m_turn;
};

} // namespace alongside::ui
