#include "ReportBench.h"

#include "DriverWorkload.h"
#include "RawReportQueries.h"
#include "StatementCapture.h"

#include "reporting/ReportRepository.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace alongside::bench {

namespace {

std::vector<qint64> idsIn(const std::optional<std::string>& concatenated)
{
    std::vector<qint64> ids;
    if (!concatenated)
        return ids;
    qint64 value = 0;
    bool inNumber = false;
    for (const char c : *concatenated) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            ids.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.push_back(value);
    std::sort(ids.begin(), ids.end());
    return ids;
}

using IdGroups = std::multiset<std::vector<qint64>>;

// The groups of a SAC table: each row's enquiries and the not-recorded ones, empty ones left out.
IdGroups groupsOf(const core::SacTable& table)
{
    IdGroups groups;
    for (const core::ReportCount& row : table.rows) {
        if (!row.caseIds.empty())
            groups.insert(row.caseIds);
    }
    if (table.notRecorded && !table.notRecorded->caseIds.empty())
        groups.insert(table.notRecorded->caseIds);
    for (const core::ReportCount& row : table.ofWhich) {
        if (!row.caseIds.empty())
            groups.insert(row.caseIds);
    }
    return groups;
}

IdGroups groupsOf(const std::vector<RawReportRow>& rows)
{
    IdGroups groups;
    for (const RawReportRow& row : rows) {
        for (std::size_t column = 1; column < row.size(); ++column) {
            std::vector<qint64> ids = idsIn(row[column]);
            if (!ids.empty())
                groups.insert(std::move(ids));
        }
    }
    return groups;
}

const RawReportQuery& rawQuery(const std::string& name)
{
    for (const RawReportQuery& query : rawReportQueries()) {
        if (query.name == name)
            return query;
    }
    throw std::runtime_error("no raw query for " + name);
}

} // namespace

ReportBench::ReportBench(Inputs inputs, BenchReport& report, QTextStream& progress)
    : m_in(std::move(inputs)), m_report(report), m_progress(progress)
{}

QStringList ReportBench::verify()
{
    const core::ReportRepository reports(m_in.db);
    const std::string from = m_in.period.isoFrom().toStdString();
    const std::string to = m_in.period.isoTo().toStdString();
    QStringList problems;
    const std::vector<core::SacTable> tables = reports.sacTables(m_in.period);
    QJsonObject totals;
    for (const core::SacTable& table : tables) {
        const std::vector<RawReportRow> raw = runRawReport(*m_in.raw, rawQuery(table.key.toStdString()), from,
                                                           to);
        // SG3a's raw query also splits the Yes by support, as the table's ofWhich does.
        const IdGroups expected = groupsOf(table);
        const IdGroups found = groupsOf(raw);
        if (expected != found)
            problems << QStringLiteral("%1: the hand-written query groups the enquiries differently")
                            .arg(table.key);
        totals.insert(table.key,
                      QJsonObject{{QStringLiteral("enquiries"), table.enquiries},
                                  {QStringLiteral("total"), table.total}});
    }
    const core::OutcomeMeasure measure = reports.outcomeMeasure(m_in.period);
    const std::vector<RawReportRow> raw = runRawReport(*m_in.raw, rawQuery("outcome-measure"), from, to);
    std::vector<std::vector<qint64>> expected{measure.enquiryIds};
    for (const core::ReportFraction& line : measure.lines()) {
        if (line.key != QLatin1String("fully-or-partly-achieved"))
            expected.push_back(line.caseIds);
    }
    std::vector<std::vector<qint64>> found;
    for (const std::optional<std::string>& column : raw.at(0))
        found.push_back(idsIn(column));
    if (expected != found)
        problems << QStringLiteral("outcome measure: the hand-written query counts differently");
    QJsonObject lines;
    for (const core::ReportFraction& line : measure.lines())
        lines.insert(line.key, QStringLiteral("%1 of %2").arg(line.count).arg(line.outOf));
    // SG1: the same individuals in each column, and the same cases in SG1f.
    const core::SacDemographics sg1 = reports.demographics(m_in.period);
    const std::vector<RawReportRow> individuals = runRawReport(*m_in.raw, rawQuery("SG1-individuals"), from,
                                                               to);
    const std::vector<RawReportRow> activity = runRawReport(*m_in.raw, rawQuery("SG1-activity"), from, to);
    QJsonObject sg1Shape{{QStringLiteral("individuals"), sg1.individuals}};
    for (std::size_t column = 0; column < 3; ++column) {
        qint64 people = 0;
        for (const RawReportRow& row : individuals)
            people += row[3 + column] ? std::stoll(*row[3 + column]) : 0;
        std::vector<qint64> cases;
        for (const RawReportRow& row : activity) {
            const std::vector<qint64> ids = idsIn(row[2 + column]);
            cases.insert(cases.end(), ids.begin(), ids.end());
        }
        std::sort(cases.begin(), cases.end());
        const core::SacTable& byGender = sg1.tables.at(1).byColumn.at(column); // every individual has a row
        if (people != byGender.total)
            problems << QStringLiteral("SG1: the hand-written query finds a different number of individuals");
        if (cases != sg1.activity.rows.at(column).caseIds)
            problems << QStringLiteral("SG1f: the hand-written query finds different cases");
        sg1Shape.insert(sg1.activity.rows.at(column).label, sg1.activity.rows.at(column).count);
    }
    const std::size_t words = reports.peoplesWords(m_in.period).size();
    if (words != runRawReport(*m_in.raw, rawQuery("peoples-words"), from, to).size())
        problems << QStringLiteral("people's words: the hand-written query finds a different number of rows");
    m_shape = QJsonObject{{QStringLiteral("concluded_s42_enquiries_in_period"), measure.enquiries},
                          {QStringLiteral("tables"), totals},
                          {QStringLiteral("outcome_measure"), lines},
                          {QStringLiteral("sg1"), sg1Shape},
                          {QStringLiteral("peoples_words_rows"), static_cast<qint64>(words)}};
    return problems;
}

void ReportBench::run()
{
    const core::ReportRepository reports(m_in.db);
    const core::ReportPeriod period = m_in.period;
    const std::string from = period.isoFrom().toStdString();
    const std::string to = period.isoTo().toStdString();
    RawConnection& raw = *m_in.raw;
    const RowTarget target{kReportRatioTarget, std::nullopt, false};

    struct Row {
        std::string key;
        std::string title;
        std::function<qint64()> driver;
        std::vector<std::string> raw = {}; // the hand-written queries; empty: the one named `key`
    };
    const std::vector<Row> rows = {
        {"SG2a", "type of risk", [&] { return qint64{reports.riskTypes(period).total}; }},
        {"SG2b-location", "location of risk", [&] { return qint64{reports.riskLocations(period).total}; }},
        {"SG2b-source", "source of risk", [&] { return qint64{reports.riskSources(period).total}; }},
        {"SG2c", "risk assessment outcome",
         [&] { return qint64{reports.riskAssessmentOutcomes(period).total}; }},
        {"SG2e", "risk outcome", [&] { return qint64{reports.riskOutcomes(period).total}; }},
        {"SG3a", "lacking capacity", [&] { return qint64{reports.lackingCapacity(period).total}; }},
        {"SG4a-asked", "MSP asked", [&] { return qint64{reports.mspAsked(period).total}; }},
        {"SG4a-achieved", "MSP achieved", [&] { return qint64{reports.outcomesAchieved(period).total}; }},
        {"outcome-measure", "sector measure",
         [&] { return qint64{reports.outcomeMeasure(period).enquiries}; }},
        {"peoples-words", "their own words",
         [&] { return static_cast<qint64>(reports.peoplesWords(period).size()); }},
        // SG1 is two queries in the repository (individuals, then activity), so two by hand too.
        {"SG1",
         "individuals and activity, SG1a-SG1f",
         [&] { return qint64{reports.demographics(period).individuals}; },
         {"SG1-individuals", "SG1-activity"}},
    };
    for (const Row& row : rows) {
        const std::string name = "report " + row.key + " (" + row.title + ", "
            + std::to_string(m_in.enquiries) + " enquiries)";
        m_progress << QString::fromStdString(name) << "…\n" << Qt::flush;
        // The driver's own statement, recorded as it runs, for the JSON.
        QJsonArray driverSql;
        {
            const StatementCapture capture(driverHandle(m_in.db));
            m_sink += row.driver();
            for (const CapturedStatement& statement : capture.statements())
                driverSql.append(QString::fromStdString(statement.sql));
        }
        std::vector<const RawReportQuery*> queries;
        for (const std::string& rawName : row.raw.empty() ? std::vector<std::string>{row.key} : row.raw)
            queries.push_back(&rawQuery(rawName));
        m_report.addComparison(compare(name, Side{{}, [&] { m_sink += row.driver(); }, {}},
                                       Side{{},
                                            [&] {
                                                for (const RawReportQuery* query : queries)
                                                    m_sink += static_cast<qint64>(
                                                        runRawReport(raw, *query, from, to).size());
                                            },
                                            {}},
                                       m_in.repeat),
                               target);
        m_report.addRowDetail(name, QStringLiteral("driver_statements"), driverSql);
        QJsonArray rawSql;
        for (const RawReportQuery* query : queries)
            rawSql.append(QString::fromStdString(query->sql));
        m_report.addRowDetail(name, QStringLiteral("raw_sql"), rawSql);
    }

    m_progress << "the whole reporting dashboard…\n" << Qt::flush;
    const std::string dashboard = "report dashboard: 8 SAC tables + SG1 + outcome measure + words ("
        + std::to_string(m_in.enquiries) + " enquiries)";
    m_report.addComparison(
        compare(dashboard,
                Side{{},
                     [&] {
                         const core::ReportDashboard d = reports.dashboard(period);
                         m_sink += d.outcomes.enquiries + static_cast<qint64>(d.tables.size());
                     },
                     {}},
                Side{{},
                     [&] {
                         for (const RawReportQuery& query : rawReportQueries())
                             m_sink += static_cast<qint64>(runRawReport(raw, query, from, to).size());
                     },
                     {}},
                m_in.repeat),
        RowTarget{kReportRatioTarget, kDashboardLimitMs, false});
}

QJsonObject ReportBench::context() const
{
    return m_shape;
}

} // namespace alongside::bench
