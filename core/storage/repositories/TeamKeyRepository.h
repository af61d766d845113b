#pragma once

#include "model/TeamMemberKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

struct TeamKeyWriteResult {
    qint64 id = 0;
    QString error; // one plain sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Colleagues' public keys this store trusts (table team_key). Trusting and revoking are the
// only writes: a trusted key is never edited or deleted, and a revocation is final.
class TeamKeyRepository {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::TeamKeyRepository)

public:
    explicit TeamKeyRepository(QSqlDatabase db);

    // Trusted keys first (by name), then revoked ones (latest revocation first).
    std::vector<TeamMemberKey> all() const;
    std::optional<TeamMemberKey> findBySigningKey(const QByteArray& signingKey) const;
    std::optional<TeamMemberKey> findByEncryptionKey(const QByteArray& encryptionKey) const;
    // `fingerprint` as stored (keys/KeyFingerprint.h formats it).
    std::optional<TeamMemberKey> findByFingerprint(const QString& fingerprint) const;
    // The key trusted now for a colleague's store, if any.
    std::optional<TeamMemberKey> findLiveForStore(const QString& storeId) const;

    // Records `key` (id ignored) as trusted by key.trustedBy at key.trustedAt.
    TeamKeyWriteResult trust(const TeamMemberKey& key);
    TeamKeyWriteResult revoke(qint64 id, const QString& revokedBy, const QDateTime& at,
                              const QString& reason);

private:
    std::vector<TeamMemberKey> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace alongside::core
