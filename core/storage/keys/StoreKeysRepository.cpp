#include "storage/keys/StoreKeysRepository.h"

#include "storage/keys/SecretColumn.h"
#include "storage/keys/SodiumRuntime.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>

#include <sodium.h>

namespace alongside::core {

StoreKeysRepository::StoreKeysRepository(QSqlDatabase db) : m_db(std::move(db))
{}

std::optional<StoreIdentity> StoreKeysRepository::identity() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT store_id, signing_key, encryption_key, created_at FROM store_identity WHERE id = 1"))
        || !query.next())
        return std::nullopt;
    return StoreIdentity{query.value(0).toString(), query.value(1).toByteArray(),
                         query.value(2).toByteArray(), stored::toMoment(query.value(3))};
}

SecretBytes StoreKeysRepository::signingSecret() const
{
    return readSecretBlob(m_db, "SELECT signing_secret FROM store_identity WHERE id = 1");
}

SecretBytes StoreKeysRepository::encryptionSecret() const
{
    return readSecretBlob(m_db, "SELECT encryption_secret FROM store_identity WHERE id = 1");
}

QString StoreKeysRepository::create(QSqlDatabase& db, const QDateTime& now)
{
    ensureSodiumReady();
    QByteArray storeId(16, '\0');
    randombytes_buf(storeId.data(), static_cast<std::size_t>(storeId.size()));

    QByteArray signingKey(crypto_sign_PUBLICKEYBYTES, '\0');
    SecretBytes signingSecret(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signingKey.data()), signingSecret.data());

    QByteArray encryptionKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecretBytes encryptionSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(encryptionKey.data()), encryptionSecret.data());

    return executeWithSecrets(db,
                              "INSERT INTO store_identity (id, store_id, signing_key, signing_secret,"
                              " encryption_key, encryption_secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
                              {QString::fromLatin1(storeId.toHex()), signingKey, &signingSecret,
                               encryptionKey, &encryptionSecret, stored::moment(now).toString()});
}

} // namespace alongside::core
