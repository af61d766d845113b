#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace alongside::core {

// One team's figures for one reporting year, as opened from an `aggregate` bundle
// (docs/bundles.md): who sent them (from the signed manifest) and the payload as read.
struct OpenedAggregate {
    QString bundleId;
    QString senderStoreId;
    QString senderName;
    QString senderTeam;
    qint64 sequence = 0; // the sender store's own number for the bundle
    QDateTime madeAt;
    int reportingYear = 0; // 2025 = 1 April 2025 to 31 March 2026
    int enquiries = 0;     // concluded s.42 enquiries it counts
    QByteArray payload;    // checked when opened (AggregatePayload)
};

// Table opened_aggregate (schema step 16).
class OpenedAggregateRepository {
public:
    explicit OpenedAggregateRepository(QSqlDatabase db);

    // Runs inside the caller's transaction (with the record in opened_bundle); throws WriteRefused.
    void record(const OpenedAggregate& aggregate) const;

    // The figures the Board counts for a year: from each sending store, its newest bundle for
    // that year (highest sequence), so a late older bundle changes nothing. By team, then sender.
    std::vector<OpenedAggregate> countedFor(int reportingYear) const;
    // Every one opened, newest first.
    std::vector<OpenedAggregate> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
