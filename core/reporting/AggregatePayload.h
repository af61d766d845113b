#pragma once

#include "codecs/CaseFileProblem.h"
#include "reporting/ReportDashboard.h"
#include "reporting/ReportPeriod.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace alongside::core {

// The payload of an `aggregate` bundle (team → Safeguarding Adults Board; docs/bundles.md,
// "The aggregate payload"): one reporting year's SAC tables and outcome measure as counts, and
// nothing else. No case ids, references, uids, names, dates, free text or people's words: only
// the published labels, this version's table keys and numbers. The one codec for it, written
// and read here (Qt Core only).
namespace aggregatepayload {
inline constexpr const char* kFormatName = "alongside-aggregate";
inline constexpr int kVersion = 1;
inline constexpr int kMaxCount = 10'000'000; // more than any council's year
} // namespace aggregatepayload

// 1 April `year` to 31 March `year + 1`: the SAC's reporting year, named by the year it begins.
ReportPeriod reportingYear(int year);
// The year when `period` is exactly one reporting year.
std::optional<int> reportingYearOf(const ReportPeriod& period);

// The counts of `figures` (this store's own cases for `year`) as the payload's bytes.
QByteArray writeAggregatePayload(int year, const ReportDashboard& figures);

struct AggregateReading {
    int year = 0;
    int enquiries = 0;         // concluded s.42 enquiries counted (the outcome measure's base)
    ReportDashboard counts;    // the shape given, holding the payload's counts only (no ids)
    CaseFileProblems problems; // each `path: reason`; nothing else is filled when there are any
    bool ok() const { return problems.empty(); }
};

// Reads a payload strictly (size limits, duplicate members, control characters: StrictJson) and
// refuses any member, table, row or label the format does not define, each at its path. `shape`
// is this version's tables for any period (ReportRepository::dashboard): every row of every
// table must be there, and nothing more.
AggregateReading readAggregatePayload(const QByteArray& bytes, const ReportDashboard& shape);

// Adds one table's counts from a payload already read (the store keeps only payloads that
// were), to `into`, which must have the same labels. False (and `into` unchanged) otherwise.
bool addAggregateTable(const QJsonValue& table, SacTable& into);
bool addAggregateColumns(const QJsonValue& columns, SacColumnsTable& into);
bool addAggregateOutcomes(const QJsonValue& outcomes, OutcomeMeasure& into);

} // namespace alongside::core
