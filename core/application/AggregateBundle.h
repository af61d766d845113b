#pragma once

#include "application/MakeBundle.h"
#include "application/OpenBundle.h"
#include "storage/repositories/BundleLedgerRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace alongside::core {

// The `aggregate` bundle kind (team → Safeguarding Adults Board; docs/bundles.md): one
// reporting year's SAC tables and outcome measure as counts, nothing that identifies anyone
// (reporting/AggregatePayload.h). MakeBundle/OpenBundle hand this kind over to here.

struct AggregateBundleRequest {
    int reportingYear = 0; // 2025 = 1 April 2025 to 31 March 2026
    std::vector<TeamMemberKey> recipients;
    QString outPath;
    ExistingFile existing = ExistingFile::Refuse;
    QString madeBy;
    QDateTime now;
};

// Counts this store's own cases for the year (never figures it opened from other teams), signs
// and seals them like any bundle, and records it in sent_bundle in the same change as the file.
MakeBundleResult makeAggregateBundle(QSqlDatabase db, const AggregateBundleRequest& request);

// The reporting year a `--year` or a menu means by default: the last one that has ended by `today`.
int lastEndedReportingYear(const QDate& today);

// For OpenBundle: the payload read strictly against this version's tables; on a problem the
// opening is refused (CasesRefused, each problem at its path) and false returned.
bool checkAggregatePayload(const QSqlDatabase& db, const QByteArray& payload, BundleOpening& opening);
// For OpenBundle, after every check: the figures and `record` in one transaction.
BundleOpening openAggregateBundle(QSqlDatabase db, BundleOpening opening, const QByteArray& payload,
                                  OpenedBundleRecord record);

} // namespace alongside::core
