#pragma once

#include "BenchReport.h"
#include "RawSqlCipher.h"

#include "reporting/ReportPeriod.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

namespace alongside::bench {

// Issue 6: the reports over a store of 50,000 enquiries. Each SAC table, the outcome measure
// and the people's words through core's ReportRepository (the app's whole work, the enquiry
// ids behind every number included) against one hand-written SQL query per table on raw
// SQLCipher (RawReportQueries), within 1.3x; and the whole dashboard under 300 ms.
constexpr double kReportRatioTarget = 1.3;
constexpr double kDashboardLimitMs = 300.0;

class ReportBench {
public:
    struct Inputs {
        QSqlDatabase db;
        RawConnection* raw = nullptr;
        core::ReportPeriod period;
        int enquiries = 0;
        int repeat = 0;
    };

    ReportBench(Inputs inputs, BenchReport& report, QTextStream& progress);

    // Checks that each hand-written query finds exactly the enquiries the repository counts
    // (the same groups of ids); returns what differs.
    QStringList verify();
    void run();
    QJsonObject context() const;
    qint64 checksum() const { return m_sink; }

private:
    Inputs m_in;
    BenchReport& m_report;
    QTextStream& m_progress;
    QJsonObject m_shape;
    qint64 m_sink = 0;
};

} // namespace alongside::bench
