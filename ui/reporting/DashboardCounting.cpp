#include "reporting/DashboardCounting.h"

#include "application/Repositories.h"

#include "reporting/ReportRepository.h"
#include "reporting/SmallNumbers.h"
#include "storage/store/FreedMemory.h"
#include "storage/store/StoreReader.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <vector>

namespace alongside::ui {

namespace {

using Step = std::function<void(const core::ReportRepository&, core::ReportDashboard&)>;

// The same order and the same queries as ReportRepository::dashboard(), one step per table,
// so progress can be shown and an abandoned count stops between tables.
std::vector<Step> countingSteps()
{
    using Table = core::SacTable (core::ReportRepository::*)(const core::ReportPeriod&) const;
    std::vector<Step> steps;
    steps.push_back([](const core::ReportRepository& repository, core::ReportDashboard& into) {
        into.outcomes = repository.outcomeMeasure(into.period);
    });
    for (Table table : {&core::ReportRepository::riskTypes, &core::ReportRepository::riskLocations,
                        &core::ReportRepository::riskSources, &core::ReportRepository::riskAssessmentOutcomes,
                        &core::ReportRepository::riskOutcomes, &core::ReportRepository::lackingCapacity,
                        &core::ReportRepository::mspAsked, &core::ReportRepository::outcomesAchieved}) {
        steps.push_back([table](const core::ReportRepository& repository, core::ReportDashboard& into) {
            into.tables.push_back((repository.*table)(into.period));
        });
    }
    steps.push_back([](const core::ReportRepository& repository, core::ReportDashboard& into) {
        into.peoplesWords = repository.peoplesWords(into.period);
    });
    steps.push_back([](const core::ReportRepository& repository, core::ReportDashboard& into) {
        into.demographics = repository.demographics(into.period);
        into.fromBundles = repository.figuresFromBundles(into.period); // teams' aggregates counted in
    });
    return steps;
}

QString closedMessage()
{
    return QCoreApplication::translate("alongside::ui::DashboardCounting",
                                       "The store was locked before the figures were counted.");
}

} // namespace

DashboardCounting::DashboardCounting(std::shared_ptr<core::StoreReader> reader, QObject* parent)
    : QObject(parent), m_reader(std::move(reader))
{
    connect(&m_watcher, &QFutureWatcher<Counted>::progressValueChanged, this,
            [this](int done) { emit progressed(done, stepCount()); });
    connect(&m_watcher, &QFutureWatcher<Counted>::finished, this, &DashboardCounting::counted);
}

DashboardCounting::~DashboardCounting()
{
    // The worker stops between tables; the store's close interrupts a query under way.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

int DashboardCounting::stepCount()
{
    return int(countingSteps().size());
}

void DashboardCounting::start(const core::ReportPeriod& period)
{
    m_watcher.cancel(); // an earlier count's result will not be used
    m_running = true;
    m_result = {};
    m_result.period = period;
    m_watcher.setFuture(QtConcurrent::run([reader = m_reader, period](QPromise<Counted>& promise) {
        Counted counted;
        counted.dashboard.period = period;
        const std::vector<Step> steps = countingSteps();
        promise.setProgressRange(0, int(steps.size()));
        try {
            const bool read = reader
                && core::readReports(*reader, [&](const core::ReportRepository& repository) {
                                  for (std::size_t i = 0; i < steps.size() && !promise.isCanceled(); ++i) {
                                      steps[i](repository, counted.dashboard);
                                      promise.setProgressValue(int(i + 1));
                                  }
                              });
            if (!read)
                counted.failure = closedMessage();
        } catch (const core::ReportFailed& failure) {
            counted.failure = failure.message;
        }
        if (!promise.isCanceled())
            promise.addResult(std::move(counted));
        // This thread stays in the pool for a while; what the queries left on its stack goes.
        core::clearStackBelowCaller();
    }));
}

void DashboardCounting::counted()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return; // abandoned for a newer count, which reports for itself
    Counted counted = m_watcher.future().takeResult();
    m_running = false;
    if (!counted.failure.isEmpty()) {
        emit failed(counted.failure);
        return;
    }
    // Figures that count in teams' aggregate bundles are the Board's: small numbers suppressed
    // wherever they are shown or saved from here.
    m_result = core::shownFigures(std::move(counted.dashboard));
    emit finished();
}

void DashboardCounting::readNow(const std::function<void(const core::ReportRepository&)>& read) const
{
    // The reader is never used on the UI thread, so a worker reads and the caller waits for it
    // (behind a count under way, if there is one). For small reads only: the period chooser's
    // latest year when the page opens.
    QString failure;
    QString detail;
    QtConcurrent::run([&] {
        try {
            const bool done = m_reader && core::readReports(*m_reader, read);
            if (!done)
                failure = closedMessage();
        } catch (const core::ReportFailed& failed) {
            failure = failed.message;
            detail = failed.detail;
        }
        core::clearStackBelowCaller();
    }).waitForFinished();
    if (!failure.isEmpty())
        throw core::ReportFailed{failure, detail};
}

core::PreviousFigures DashboardCounting::previousFiguresHere(const std::shared_ptr<core::StoreReader>& reader,
                                                             const core::ReportPeriod& period)
{
    core::PreviousFigures figures;
    const bool read = reader && core::readReports(*reader, [&](const core::ReportRepository& reports) {
                          figures = reports.previousFigures(period);
                      });
    if (!read)
        throw core::ReportFailed{closedMessage(), {}};
    return figures;
}

QDate DashboardCounting::latestConcludedOn(const QDate& onOrBefore) const
{
    QDate latest;
    readNow(
        [&](const core::ReportRepository& repository) { latest = repository.latestConcludedOn(onOrBefore); });
    return latest;
}

} // namespace alongside::ui
