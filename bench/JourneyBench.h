#pragma once

#include "BenchReport.h"
#include "CapturedStatement.h"
#include "RawSqlCipher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <string>
#include <vector>

namespace alongside::bench {

// The issue-3 rows (the case journey at scale): the app's own repositories on the driver side
// against the same statements through the raw C API, on byte-identical stores.
//  - caseload with flags: CaseloadRepository::allCases() plus caseloadFlags() for every case,
//    against the same SELECT with every column read;
//  - open a case: CaseRepository::load() (person, concern, s.42, outcomes with revisions,
//    conversations with the person's words, plan, notes, closure), against the statements
//    CaseRecordReader ran, captured with their bound values; with a cold page cache, and hot
//    for information;
//  - full-text search: CaseSearch::search() against its two statements, with the same
//    one-hit-per-case-and-source reading.
class JourneyBench {
public:
    struct Inputs {
        QSqlDatabase db;
        RawConnection* raw = nullptr;
        std::string caseloadSql; // captured from CaseloadRepository::allCases()
        qint64 caseId = 0;       // a case with 200 notes and a full journey
        int cases = 0;
        int repeat = 0;
    };

    JourneyBench(Inputs inputs, BenchReport& report, QTextStream& progress);

    // Captures the statements and checks that both sides read the same; returns what differs.
    QStringList prepare();
    void run();
    QJsonObject context() const; // captured statements and what the data holds
    qint64 checksum() const { return m_sink; }

private:
    struct SearchCase {
        QString typed;
        std::vector<CapturedStatement> statements;
    };

    QString checkCaseload();
    QString checkCaseOpen();
    QString checkSearch(SearchCase& search);
    void benchCaseload();
    void benchCaseOpen();
    void benchSearch(const SearchCase& search);

    Inputs m_in;
    BenchReport& m_report;
    QTextStream& m_progress;
    QDateTime m_now; // fixed, so the flags are the same every run
    std::vector<CapturedStatement> m_caseOpen;
    std::vector<SearchCase> m_searches;
    QJsonObject m_flagCounts;
    QJsonObject m_caseShape;
    qint64 m_sink = 0;
};

} // namespace alongside::bench
