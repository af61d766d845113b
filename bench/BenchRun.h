#pragma once

#include "BenchOptions.h"
#include "BenchReport.h"
#include "RawSqlCipher.h"
#include "SyntheticCaseload.h"
#include "SyntheticJourney.h"

#include "storage/keys/SecretBytes.h"
#include "storage/store/Store.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace alongside::bench {

class JourneyBench;

// One benchmark run, start to finish: data, the two stores, every row, in this order.
// Throws std::runtime_error if either side fails (a failed operation is not a timing).
class BenchRun {
public:
    BenchRun(BenchOptions options, QTextStream& progress);
    ~BenchRun();

    BenchReport run();

private:
    void generate();
    void benchBulkInsert();
    void fillJourneys();
    void benchOpen();
    void openForQueries();
    void captureCaseloadSql();
    bool verifyResults(JourneyBench& journey);
    void benchQueries();
    void closeStores();
    void benchReports();       // issue 6, on a store of its own (ReportBench)
    void writeCaseloadOnce();  // --caseload-only: the caseload written once through the driver
    void benchCaseloadPages(); // issue 14: a screenful of the caseload (CaseloadPagesBench)
    QJsonObject context() const;

    core::SecretBytes passphrase() const;
    core::SecretBytes driverKeySpec() const;
    QString scratchPath(const char* stem, int number) const;

    BenchOptions m_options;
    QTextStream& m_progress;
    QTemporaryDir m_dir;
    SyntheticShape m_shape;
    std::unique_ptr<SyntheticCaseload> m_data;
    std::unique_ptr<SyntheticCaseloadQt> m_qtData;
    std::unique_ptr<SyntheticJourneys> m_journeys; // written once, then freed
    QJsonObject m_journeyTables;                   // rows written per table
    QJsonObject m_journeyContext;
    double m_journeyFillMs = 0.0;
    double m_summaryBuildMs = 0.0; // the caseload's summary rows built after the journeys
    core::SecretBytes m_rawKeySpec;
    QString m_driverPath;
    QString m_rawPath;
    std::unique_ptr<core::Store> m_driverStore;
    std::unique_ptr<RawConnection> m_raw;
    BenchReport m_report;
    std::string m_caseloadSql; // CaseloadRepository::allCases()'s own query
    std::size_t m_repositoryCases = 0;
    double m_loadAtStart = -1.0;
    QJsonObject m_reportContext;
    bool m_reportsVerified = true;
    bool m_caseloadPagesVerified = false;
    QString m_cipherVersion; // read while a raw connection is open
    qint64 m_sink = 0;       // results feed this so nothing can be optimised away
};

} // namespace alongside::bench
