#include "keys/KeyFingerprint.h"

#include "storage/keys/SodiumRuntime.h"

#include <QByteArray>
#include <QStringList>

#include <sodium.h>

namespace alongside::core {

namespace {

constexpr char kDomain[] = "alongside-public-keys-v1";
constexpr int kGroups = 8;
constexpr int kBytesPerGroup = 5; // 40 bits, reduced mod 10,000: bias below one in 10^8

} // namespace

QString keyFingerprint(const PublicKeys& keys)
{
    ensureSodiumReady();
    const QByteArray storeId = QByteArray::fromHex(keys.storeId.toLatin1());
    unsigned char digest[crypto_generichash_BYTES_MAX]; // 64 bytes
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof digest);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kDomain), sizeof kDomain - 1);
    for (const QByteArray* part : {&storeId, &keys.signingKey, &keys.encryptionKey}) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part->constData()),
                                  static_cast<unsigned long long>(part->size()));
    }
    crypto_generichash_final(&state, digest, sizeof digest);

    QStringList groups;
    for (int group = 0; group < kGroups; ++group) {
        quint64 value = 0;
        for (int i = 0; i < kBytesPerGroup; ++i)
            value = (value << 8) | digest[group * kBytesPerGroup + i];
        groups << QStringLiteral("%1").arg(value % 10000, 4, 10, QLatin1Char('0'));
    }
    return groups.join(u' ');
}

QString normalisedFingerprint(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u','))
            return {};
    }
    if (digits.size() != kGroups * 4)
        return {};
    QStringList groups;
    for (int group = 0; group < kGroups; ++group)
        groups << digits.mid(group * 4, 4);
    return groups.join(u' ');
}

QString spokenFingerprint(const QString& fingerprint)
{
    QStringList groups;
    for (const QString& group : fingerprint.split(u' ', Qt::SkipEmptyParts)) {
        QStringList digits;
        for (const QChar c : group)
            digits << QString(c);
        groups << digits.join(u' ');
    }
    return groups.join(QStringLiteral(", "));
}

} // namespace alongside::core
