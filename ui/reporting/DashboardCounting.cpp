#include "reporting/DashboardCounting.h"

namespace alongside::ui {

DashboardCounting::DashboardCounting(QSqlDatabase db, QObject* parent)
    : QObject(parent), m_repository(std::move(db))
{
    m_turn.setSingleShot(true);
    m_turn.setInterval(0);
    connect(&m_turn, &QTimer::timeout, this, &DashboardCounting::step);
}

void DashboardCounting::start(const core::ReportPeriod& period)
{
    m_result = {};
    m_result.period = period;
    // The same order and the same queries as ReportRepository::dashboard(), one per step.
    using Table = core::SacTable (core::ReportRepository::*)(const core::ReportPeriod&) const;
    m_steps.clear();
    m_steps.push_back(
        [this](core::ReportDashboard& into) { into.outcomes = m_repository.outcomeMeasure(into.period); });
    for (Table table : {&core::ReportRepository::riskTypes, &core::ReportRepository::riskLocations,
                        &core::ReportRepository::riskSources, &core::ReportRepository::riskAssessmentOutcomes,
                        &core::ReportRepository::riskOutcomes, &core::ReportRepository::lackingCapacity,
                        &core::ReportRepository::mspAsked, &core::ReportRepository::outcomesAchieved}) {
        m_steps.push_back([this, table](core::ReportDashboard& into) {
            into.tables.push_back((m_repository.*table)(into.period));
        });
    }
    m_steps.push_back(
        [this](core::ReportDashboard& into) { into.peoplesWords = m_repository.peoplesWords(into.period); });
    m_steps.push_back(
        [this](core::ReportDashboard& into) { into.demographics = m_repository.demographics(into.period); });
    m_next = 0;
    m_turn.start();
}

void DashboardCounting::step()
{
    if (!isRunning())
        return;
    try {
        m_steps[m_next](m_result);
    } catch (const core::ReportFailed& failure) {
        m_next = m_steps.size();
        emit failed(failure.message);
        return;
    }
    ++m_next;
    emit progressed(int(m_next), int(m_steps.size()));
    if (isRunning())
        m_turn.start();
    else
        emit finished();
}

} // namespace alongside::ui
