#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// A bundle opened in this store: so the same bundle is never opened twice, and the record shows
// whose work came in when.
struct OpenedBundleRecord {
    QString bundleId;
    QString kind;
    qint64 senderKeyId = 0; // team_key.id of the colleague who made it
    QString senderStoreId;
    qint64 sequence = 0; // the sender store's own number for it
    QDateTime madeAt;
    QString openedBy;
    QDateTime openedAt;
    QString summary; // what it brought, for people: "AL-00001, AL-00004"
};

// A bundle made in this store, numbered by this store's sequence.
struct SentBundleRecord {
    QString bundleId;
    QString kind;
    qint64 sequence = 0;
    QString madeBy;
    QDateTime madeAt;
    QString recipients; // names and fingerprints, one per line
    QString summary;
};

// Tables opened_bundle and sent_bundle. The record* functions run inside the caller's
// transaction (the bundle's own writes and its record are one change) and throw WriteRefused.
class BundleLedgerRepository {
public:
    explicit BundleLedgerRepository(QSqlDatabase db);

    std::optional<OpenedBundleRecord> findOpened(const QString& bundleId) const;
    std::vector<OpenedBundleRecord> opened() const; // newest first
    std::vector<SentBundleRecord> sent() const;     // newest first
    qint64 nextSequence() const;                    // 1 for the first bundle a store makes

    void recordOpened(const OpenedBundleRecord& record) const;
    void recordSent(const SentBundleRecord& record) const;

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
