#include "storage/repositories/TeamKeyRepository.h"

#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, store_id, name, role, team, signing_key, encryption_key, fingerprint, trusted_by, trusted_at,"
    " revoked_by, revoked_at, revoked_reason FROM team_key ");

TeamMemberKey fromRow(const QSqlQuery& row)
{
    TeamMemberKey key;
    key.id = row.value(0).toLongLong();
    key.keys.storeId = row.value(1).toString();
    key.keys.name = row.value(2).toString();
    key.keys.role = row.value(3).toString();
    key.keys.team = row.value(4).toString();
    key.keys.signingKey = row.value(5).toByteArray();
    key.keys.encryptionKey = row.value(6).toByteArray();
    key.fingerprint = row.value(7).toString();
    key.trustedBy = row.value(8).toString();
    key.trustedAt = stored::toMoment(row.value(9));
    key.revokedBy = row.value(10).toString();
    key.revokedAt = stored::toMoment(row.value(11));
    key.revokedReason = row.value(12).toString();
    return key;
}

} // namespace

TeamKeyRepository::TeamKeyRepository(QSqlDatabase db) : m_db(std::move(db))
{}

std::vector<TeamMemberKey> TeamKeyRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kColumns + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    std::vector<TeamMemberKey> keys;
    if (!query.exec())
        return keys;
    while (query.next())
        keys.push_back(fromRow(query));
    return keys;
}

std::vector<TeamMemberKey> TeamKeyRepository::all() const
{
    return select(QStringLiteral("ORDER BY revoked_at IS NOT NULL, revoked_at DESC, name COLLATE NOCASE, id"),
                  {});
}

std::optional<TeamMemberKey> TeamKeyRepository::findBySigningKey(const QByteArray& signingKey) const
{
    const auto keys = select(QStringLiteral("WHERE signing_key = ?"), {signingKey});
    return keys.empty() ? std::nullopt : std::optional(keys.front());
}

std::optional<TeamMemberKey> TeamKeyRepository::findByEncryptionKey(const QByteArray& encryptionKey) const
{
    const auto keys = select(QStringLiteral("WHERE encryption_key = ?"), {encryptionKey});
    return keys.empty() ? std::nullopt : std::optional(keys.front());
}

std::optional<TeamMemberKey> TeamKeyRepository::findByFingerprint(const QString& fingerprint) const
{
    // Live key first: after a colleague's key is revoked and re-issued the fingerprints differ,
    // but this keeps the answer stable either way.
    const auto keys = select(QStringLiteral("WHERE fingerprint = ? ORDER BY revoked_at IS NOT NULL"),
                             {fingerprint});
    return keys.empty() ? std::nullopt : std::optional(keys.front());
}

std::optional<TeamMemberKey> TeamKeyRepository::findLiveForStore(const QString& storeId) const
{
    const auto keys = select(QStringLiteral("WHERE store_id = ? AND revoked_at IS NULL"), {storeId});
    return keys.empty() ? std::nullopt : std::optional(keys.front());
}

TeamKeyWriteResult TeamKeyRepository::trust(const TeamMemberKey& key)
{
    try {
        WriteTransaction transaction(m_db);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral("INSERT INTO team_key (store_id, name, role, team, signing_key, encryption_key,"
                           " fingerprint, trusted_by, trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {key.keys.storeId, key.keys.name, stored::text(key.keys.role), stored::text(key.keys.team),
             key.keys.signingKey, key.keys.encryptionKey, key.fingerprint, key.trustedBy,
             stored::moment(key.trustedAt)});
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

TeamKeyWriteResult TeamKeyRepository::revoke(qint64 id, const QString& revokedBy, const QDateTime& at,
                                             const QString& reason)
{
    try {
        WriteTransaction transaction(m_db);
        const int changed = execute(
            m_db,
            QStringLiteral("UPDATE team_key SET revoked_by = ?, revoked_at = ?, revoked_reason = ?"
                           " WHERE id = ? AND revoked_at IS NULL"),
            {revokedBy, stored::moment(at), stored::text(reason), id});
        if (changed != 1)
            throw WriteRefused{tr("That key is not trusted here, or was already revoked.")};
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

} // namespace alongside::core
