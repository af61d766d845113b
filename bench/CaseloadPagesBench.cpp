#include "CaseloadPagesBench.h"

#include "Comparison.h"
#include "DriverWorkload.h"
#include "RawJourneyWorkload.h"
#include "StatementCapture.h"

#include "rules/CaseloadFlags.h"

#include <QJsonArray>

#include <stdexcept>

namespace alongside::bench {

CaseloadPagesBench::CaseloadPagesBench(Inputs inputs, BenchReport& report, QTextStream& progress)
    : m_in(std::move(inputs)), m_report(report), m_progress(progress), m_now(QDate(2025, 1, 15), QTime(12, 0))
{
    if (!m_in.raw)
        throw std::runtime_error("CaseloadPagesBench needs the raw connection");
    using View = core::CaseloadView;
    const QString cases = QString::number(m_in.cases);
    m_rows.push_back({QStringLiteral("caseload first screen (%1 cases): count + first %2 + flags | same SQL")
                          .arg(cases)
                          .arg(kCaseloadPageRows)
                          .toStdString(),
                      View{},
                      {}});
    m_rows.push_back(
        {QStringLiteral("caseload sorted by person (%1 cases): count + first %2 + flags | same SQL")
             .arg(cases)
             .arg(kCaseloadPageRows)
             .toStdString(),
         View{View::Show::All, View::Sort::Person, false, {}},
         {}});
    m_rows.push_back(
        {QStringLiteral("caseload sorted by flags (%1 cases): count + first %2 + flags | same SQL")
             .arg(cases)
             .arg(kCaseloadPageRows)
             .toStdString(),
         View{View::Show::All, View::Sort::Flags, true, {}},
         {}});
    m_rows.push_back(
        {QStringLiteral(
             "caseload filtered to something missing (%1 cases): count + first %2 + flags | same SQL")
             .arg(cases)
             .arg(kCaseloadPageRows)
             .toStdString(),
         View{View::Show::SomethingMissing, View::Sort::AsStored, false, {}},
         {}});
}

void CaseloadPagesBench::screenful(const core::CaseloadView& view)
{
    // What CaseloadModel::reload() asks: how many the view holds, how many the store holds when
    // the view is narrower, and the first page, whose flags the rule works out.
    const core::CaseloadRepository caseload(m_in.db);
    m_sink += caseload.count(view, m_now);
    if (view.show != core::CaseloadView::Show::All || view.only)
        m_sink += caseload.count({}, m_now);
    for (const core::CaseSummary& summary : caseload.page(view, m_now, 0, kCaseloadPageRows))
        m_sink += static_cast<qint64>(core::caseloadFlags(summary, m_now).size());
}

QString CaseloadPagesBench::prepare()
{
    const RawJourneyWorkload raw(*m_in.raw);
    const core::CaseloadRepository caseload(m_in.db);
    for (ViewRow& row : m_rows) {
        screenful(row.view); // the first call on a connection may run statements of SQLite's own
        {
            const StatementCapture capture(driverHandle(m_in.db));
            screenful(row.view);
            row.statements = capture.statements();
        }
        for (const CapturedStatement& statement : row.statements) {
            if (statement.sql.rfind("SELECT", 0) != 0)
                return QStringLiteral("the caseload ran a statement that is not a SELECT: %1")
                    .arg(QString::fromStdString(statement.sql));
        }
        const std::string bindings = raw.checkBindings(row.statements);
        if (!bindings.empty())
            return QString::fromStdString(bindings);
        // The same cases in the same order on both sides: the page is the last statement.
        const std::vector<core::CaseSummary> page = caseload.page(row.view, m_now, 0, kCaseloadPageRows);
        const std::vector<std::vector<RowRaw>> replayed = raw.replay(row.statements);
        const std::vector<RowRaw>& rawPage = replayed.back();
        if (rawPage.size() != page.size() || page.empty())
            return QStringLiteral("%1: the repository read %2 cases, raw %3")
                .arg(QString::fromStdString(row.name))
                .arg(page.size())
                .arg(rawPage.size());
        for (std::size_t i = 0; i < page.size(); ++i) {
            if (rawPage[i].empty() || rawPage[i][0].integer != page[i].caseId)
                return QStringLiteral("%1: row %2 differs").arg(QString::fromStdString(row.name)).arg(i);
        }
    }
    return {};
}

void CaseloadPagesBench::run()
{
    const RawJourneyWorkload raw(*m_in.raw);
    for (const ViewRow& row : m_rows) {
        m_progress << QString::fromStdString(row.name) << "…\n" << Qt::flush;
        const Side driverSide{{}, [&] { screenful(row.view); }, {}};
        const Side rawSide{{}, [&] { m_sink += static_cast<qint64>(raw.replay(row.statements).size()); }, {}};
        m_report.addComparison(compare(row.name, driverSide, rawSide, m_in.repeat),
                               {kJourneyRatioTarget, kJourneyLimitMs, false});
        QJsonArray statements;
        for (const CapturedStatement& statement : row.statements)
            statements.append(QString::fromStdString(statement.expanded));
        m_report.addRowDetail(row.name, QStringLiteral("statements"), statements);
    }
}

} // namespace alongside::bench
