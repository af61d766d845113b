#pragma once

#include "BenchReport.h"
#include "CapturedStatement.h"
#include "RawSqlCipher.h"

#include "storage/repositories/CaseloadRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTextStream>

#include <string>
#include <vector>

namespace alongside::bench {

// The caseload at scale (issue 14): what the caseload screen asks of the store for its first
// screen — how many cases the view holds, and its first page, with the flags of those rows
// worked out by the rule — as shown first, sorted, and filtered, on the driver through
// CaseloadRepository, against the same statements replayed through the raw C API. Each under
// 100 ms at 50,000 cases; the ratio shows the floor.
class CaseloadPagesBench {
public:
    struct Inputs {
        QSqlDatabase db;
        RawConnection* raw = nullptr;
        int cases = 0;
        int repeat = 0;
    };

    CaseloadPagesBench(Inputs inputs, BenchReport& report, QTextStream& progress);

    // Captures each view's statements and checks both sides read the same cases; returns what
    // differs, or empty.
    QString prepare();
    void run();
    qint64 checksum() const { return m_sink; }

private:
    struct ViewRow {
        std::string name;
        core::CaseloadView view;
        std::vector<CapturedStatement> statements;
    };

    void screenful(const core::CaseloadView& view);

    Inputs m_in;
    BenchReport& m_report;
    QTextStream& m_progress;
    QDateTime m_now; // fixed, so the flags are the same every run
    std::vector<ViewRow> m_rows;
    qint64 m_sink = 0;
};

// Rows the caseload screen reads at a time (ui::CaseloadModel::kPageRows): more than one
// screenful at 1366x768, so the first scroll needs no read.
constexpr int kCaseloadPageRows = 100;

} // namespace alongside::bench
