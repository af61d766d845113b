#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
#include "reporting/ReportDashboard.h"
#include "reporting/ReportPeriod.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace alongside::core {

namespace reportsql {
struct EnquiryScope;
}

// The outcome figures and the SAC tables, read from an open store: one SQL query per table,
// counted per enquiry over the concluded s.42 enquiries whose closing day falls in the period
// (docs/reporting.md). Changes nothing in the store (the dashboard keeps a temporary in-memory
// table while it runs). Throws ReportFailed if SQLite refuses a query.
class ReportRepository {
public:
    explicit ReportRepository(QSqlDatabase db);

    SacTable riskTypes(const ReportPeriod& period) const;              // SG2a
    SacTable riskLocations(const ReportPeriod& period) const;          // SG2b location
    SacTable riskSources(const ReportPeriod& period) const;            // SG2b source
    SacTable riskAssessmentOutcomes(const ReportPeriod& period) const; // SG2c
    SacTable riskOutcomes(const ReportPeriod& period) const;           // SG2e (action taken only)
    SacTable lackingCapacity(const ReportPeriod& period) const;  // SG3a, with advocate/family/friend support
    SacTable mspAsked(const ReportPeriod& period) const;         // SG4a asked
    SacTable outcomesAchieved(const ReportPeriod& period) const; // SG4a achieved (of those expressed)
    // All eight, in the order above.
    std::vector<SacTable> sacTables(const ReportPeriod& period) const;

    // SG1: the concerns raised and enquiries begun in the period (not only concluded s.42
    // enquiries), and the adults at risk involved, each once (ReportRepositorySg1.cpp).
    SacDemographics demographics(const ReportPeriod& period) const;

    OutcomeMeasure outcomeMeasure(const ReportPeriod& period) const;
    std::vector<PeoplesWords> peoplesWords(const ReportPeriod& period) const;

    // The closing day of the latest concluded s.42 enquiry (the newest day with figures to
    // show), on or before `onOrBefore` when it is valid; an invalid date when there is none.
    QDate latestConcludedOn(const QDate& onOrBefore = {}) const;

    // The whole dashboard: every table, the outcome measure and the people's words.
    ReportDashboard dashboard(const ReportPeriod& period) const;
    // The dashboard and the period before's figures beside it, for the Board report.
    ReportDashboard boardReport(const ReportPeriod& period) const;
    PreviousFigures previousFigures(const ReportPeriod& period) const; // of period.previous()

    // The teams' aggregate bundles opened here whose figures every method above counts in, when
    // the period is one reporting year (1 April to 31 March): each sending store's newest bundle
    // for that year (ReportRepositoryAggregates.cpp, docs/bundles.md). Empty for other periods.
    std::vector<FiguresFromBundle> figuresFromBundles(const ReportPeriod& period) const;
    // Count this store's own cases only (what an aggregate bundle made here carries).
    void countOwnCasesOnly() { m_ownCasesOnly = true; }

private:
    // The result with the opened aggregates' counts for the period added.
    SacTable withBundles(SacTable table, const ReportPeriod& period) const;
    OutcomeMeasure withBundles(OutcomeMeasure measure, const ReportPeriod& period) const;
    SacDemographics withBundles(SacDemographics demographics, const ReportPeriod& period) const;

    // The enquiries to count: concluded in the period, or, while dashboard() runs, the same
    // enquiries gathered once beforehand.
    reportsql::EnquiryScope scope(const ReportPeriod& period) const;

    QSqlDatabase m_db;
    mutable bool m_gathered = false;
    bool m_ownCasesOnly = false;
};

// SQLite refused a report query (a damaged store, or a schema older than the report).
struct ReportFailed {
    QString message;
    QString detail;
};

} // namespace alongside::core
