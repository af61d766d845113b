#include "keys/PublicKeyFile.h"
#include "keys/KeysText.h"

#include "keys/KeyEncoding.h"
#include "keys/KeyFingerprint.h"
#include "storage/keys/SodiumRuntime.h"

#include <QList>
#include <QStringDecoder>

#include <optional>

#include <sodium.h>

namespace alongside::core {

namespace {

constexpr char kSignedPrefix[] = "alongside-public-keys-v1\n";
const QString kBegin = QStringLiteral("-----BEGIN ALONGSIDE PUBLIC KEYS-----");
const QString kEnd = QStringLiteral("-----END ALONGSIDE PUBLIC KEYS-----");
const QString kFormat = QStringLiteral("alongside-public-keys 1");
constexpr qsizetype kMaxFileBytes = 64 * 1024;
constexpr qsizetype kMaxTextLength = 200;

// The signed fields, in the only order a file may have them.
const QStringList kFieldNames = {
    QStringLiteral("format"),         QStringLiteral("store"),       QStringLiteral("name"),
    QStringLiteral("role"),           QStringLiteral("team"),        QStringLiteral("signing-key"),
    QStringLiteral("encryption-key"), QStringLiteral("fingerprint"),
};

QString fieldLine(const QString& name, const QString& value)
{
    return value.isEmpty() ? name + u':' : name + QStringLiteral(": ") + value;
}

QByteArray signedMessage(const QStringList& values)
{
    QByteArray message(kSignedPrefix);
    for (qsizetype i = 0; i < kFieldNames.size(); ++i)
        message += fieldLine(kFieldNames[i], values[i]).toUtf8() + '\n';
    return message;
}

QStringList fieldValues(const PublicKeys& keys)
{
    return {kFormat,
            keys.storeId,
            keys.name,
            keys.role,
            keys.team,
            QStringLiteral("ed25519:") + encodeKey(keys.signingKey),
            QStringLiteral("x25519:") + encodeKey(keys.encryptionKey),
            keyFingerprint(keys)};
}

bool fitsOnALine(const QString& text)
{
    if (text.size() > kMaxTextLength)
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

PublicKeyFileContents refused(const QString& problem)
{
    PublicKeyFileContents contents;
    contents.problem = problem;
    return contents;
}

// The lines between BEGIN and END, blank ones left out; empty if there is not exactly one block.
std::optional<QStringList> blockLines(const QString& text)
{
    const QStringList lines = text.split(u'\n');
    qsizetype begin = -1;
    qsizetype end = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == kBegin) {
            if (begin >= 0)
                return std::nullopt;
            begin = i;
        } else if (line == kEnd) {
            if (end >= 0 || begin < 0)
                return std::nullopt;
            end = i;
        }
    }
    if (begin < 0 || end < 0)
        return std::nullopt;
    QStringList inside;
    for (qsizetype i = begin + 1; i < end; ++i) {
        const QString line = lines[i].trimmed();
        if (!line.isEmpty())
            inside << line;
    }
    return inside;
}

} // namespace

QByteArray writePublicKeyFile(const PublicKeys& keys, const SecretBytes& signingSecret)
{
    ensureSodiumReady();
    const QStringList values = fieldValues(keys);
    const QByteArray message = signedMessage(values);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), signingSecret.data());

    QString text = keys.name.isEmpty()
        ? KeysText::tr("Alongside public keys\n"
                       "\n"
                       "This file holds a colleague's public keys for Alongside (they have not set their\n"
                       "name). Nothing in it is secret. Before you trust it, phone them on a number you\n"
                       "already know (not one that came with this file) and ask them to read you the\n"
                       "fingerprint shown in their own Alongside (File, Team members and keys). Trust it\n"
                       "only if all eight groups of four digits match.\n")
        : KeysText::tr("Alongside public keys: %1\n"
                       "\n"
                       "This file holds %1's public keys for Alongside. Nothing in it is secret.\n"
                       "Before you trust it, phone %1 on a number you already know (not one that\n"
                       "came with this file) and ask them to read you the fingerprint shown in\n"
                       "their own Alongside (File, Team members and keys). Trust it only if all\n"
                       "eight groups of four digits match.\n")
              .arg(keys.name);
    text += u'\n' + kBegin + u'\n';
    for (qsizetype i = 0; i < kFieldNames.size(); ++i)
        text += fieldLine(kFieldNames[i], values[i]) + u'\n';
    text += QStringLiteral("signature: ed25519:") + encodeKey(signature) + u'\n';
    text += kEnd + u'\n';
    return text.toUtf8();
}

PublicKeyFileContents readPublicKeyFile(const QByteArray& bytes)
{
    ensureSodiumReady();
    if (bytes.size() > kMaxFileBytes)
        return refused(KeysText::tr("This is too large to be an Alongside public-key file."));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return refused(KeysText::tr("This is not an Alongside public-key file (it is not text)."));
    const auto lines = blockLines(text);
    if (!lines)
        return refused(
            KeysText::tr("This is not an Alongside public-key file: it has no single block of keys "
                         "between BEGIN ALONGSIDE PUBLIC KEYS and END ALONGSIDE PUBLIC KEYS."));

    QStringList values;
    const qsizetype expected = kFieldNames.size() + 1; // and the signature
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const QString& line = lines->at(i);
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon < 0 ? QString() : line.left(colon);
        const QString wanted = i < kFieldNames.size() ? kFieldNames[i] : QStringLiteral("signature");
        if (i >= expected || name != wanted)
            return refused(
                KeysText::tr("The public-key file is damaged or has been changed: its lines are not the "
                             "ones Alongside writes (expected \"%1\" on line %2 of the block).")
                    .arg(i >= expected ? KeysText::tr("the end") : wanted)
                    .arg(i + 1));
        values << line.mid(colon + 1).trimmed();
    }
    if (values.size() != expected)
        return refused(KeysText::tr("The public-key file is cut short: some of its lines are missing."));

    if (values[0] != kFormat) {
        if (values[0].startsWith(QStringLiteral("alongside-public-keys ")))
            return refused(
                KeysText::tr("This public-key file was made by a newer version of Alongside. Update "
                             "Alongside to read it."));
        return refused(
            KeysText::tr("This is not an Alongside public-key file (its format line is not one Alongside "
                         "knows)."));
    }
    PublicKeyFileContents contents;
    PublicKeys& keys = contents.keys;
    keys.storeId = values[1];
    keys.name = values[2];
    keys.role = values[3];
    keys.team = values[4];
    if (!isStoreId(keys.storeId))
        return refused(KeysText::tr("The public-key file is damaged: its store line is not a store id."));
    if (!fitsOnALine(keys.name) || !fitsOnALine(keys.role) || !fitsOnALine(keys.team))
        return refused(
            KeysText::tr("The public-key file is damaged: a name, role or team is too long or holds "
                         "characters that cannot be shown."));
    keys.signingKey = decodeKey(values[5], QStringLiteral("ed25519:"), crypto_sign_PUBLICKEYBYTES);
    keys.encryptionKey = decodeKey(values[6], QStringLiteral("x25519:"), crypto_box_PUBLICKEYBYTES);
    const QByteArray signature = decodeKey(values[8], QStringLiteral("ed25519:"), crypto_sign_BYTES);
    if (keys.signingKey.isEmpty() || keys.encryptionKey.isEmpty() || signature.isEmpty())
        return refused(
            KeysText::tr("The public-key file is damaged: a key or the signature is not the right size."));

    contents.fingerprint = keyFingerprint(keys);
    if (values[7] != contents.fingerprint)
        return refused(
            KeysText::tr("The public-key file has been changed: the fingerprint written in it does not "
                         "match its keys. Do not trust it; ask your colleague for their file again."));
    values.removeLast();
    const QByteArray message = signedMessage(values);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char*>(keys.signingKey.constData()))
        != 0)
        return refused(
            KeysText::tr("The public-key file has been changed since it was made (its signature does "
                         "not match). Do not trust it; ask your colleague for their file again."));
    return contents;
}

QString publicKeyFileName(const PublicKeys& keys)
{
    QString name = keys.name.isEmpty() ? QStringLiteral("my") : keys.name;
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_'))
            c = u'-';
    }
    return name + QStringLiteral(" public keys.alongside-keys");
}

} // namespace alongside::core
