#include "bundles/BundleManifest.h"

#include "bundles/BundleFormat.h"
#include "keys/KeyEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace alongside::core {

namespace {

const QString kFormatName = QStringLiteral("alongside-bundle-manifest");
constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxTextLength = 200;

struct KindName {
    BundleKind kind;
    const char* name;
};
constexpr KindName kKinds[] = {
    {BundleKind::Cases, "cases"},
    {BundleKind::Return, "return"},
    {BundleKind::Handover, "handover"},
    {BundleKind::Aggregate, "aggregate"},
};

QJsonObject partyJson(const PublicKeys& party)
{
    return {
        {QStringLiteral("store"), party.storeId},
        {QStringLiteral("name"), party.name},
        {QStringLiteral("role"), party.role},
        {QStringLiteral("team"), party.team},
        {QStringLiteral("signingKey"), encodeKey(party.signingKey)},
        {QStringLiteral("encryptionKey"), encodeKey(party.encryptionKey)},
    };
}

// Throws the path of the first thing wrong; caught once in readManifestJson.
struct Wrong {
    QString path;
};

void requireKeys(const QJsonObject& object, const QStringList& keys, const QString& path)
{
    if (object.size() != keys.size())
        throw Wrong{path + QStringLiteral(" (expected exactly: %1)").arg(keys.join(QStringLiteral(", ")))};
    for (const QString& key : keys) {
        if (!object.contains(key))
            throw Wrong{path + u'.' + key + QStringLiteral(" (missing)")};
    }
}

QString text(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().size() > kMaxTextLength)
        throw Wrong{path + u'.' + key};
    return value.toString();
}

qint64 whole(const QJsonObject& object, const QString& key, const QString& path, qint64 least)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    // Exact integers only (JSON numbers are doubles): up to 2^53.
    if (!value.isDouble() || number < double(least) || number > 9007199254740992.0
        || number != double(qint64(number)))
        throw Wrong{path + u'.' + key};
    return qint64(number);
}

QString id(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString value = text(object, key, path);
    if (!isStoreId(value))
        throw Wrong{path + u'.' + key};
    return value;
}

QByteArray key32(const QJsonObject& object, const QString& key, const QString& path)
{
    const QByteArray bytes = decodeKey(text(object, key, path), {}, 32);
    if (bytes.isEmpty())
        throw Wrong{path + u'.' + key};
    return bytes;
}

QJsonObject objectAt(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        throw Wrong{path};
    return value.toObject();
}

PublicKeys party(const QJsonValue& value, const QString& path)
{
    const QJsonObject object = objectAt(value, path);
    requireKeys(object,
                {QStringLiteral("store"), QStringLiteral("name"), QStringLiteral("role"),
                 QStringLiteral("team"), QStringLiteral("signingKey"), QStringLiteral("encryptionKey")},
                path);
    return {id(object, QStringLiteral("store"), path),
            key32(object, QStringLiteral("signingKey"), path),
            key32(object, QStringLiteral("encryptionKey"), path),
            text(object, QStringLiteral("name"), path),
            text(object, QStringLiteral("role"), path),
            text(object, QStringLiteral("team"), path)};
}

BundleManifest read(const QJsonObject& root)
{
    const QString top = QStringLiteral("$");
    requireKeys(root,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("bundle"),
                 QStringLiteral("kind"), QStringLiteral("madeAt"), QStringLiteral("sequence"),
                 QStringLiteral("sender"), QStringLiteral("recipients"), QStringLiteral("payload")},
                top);
    if (text(root, QStringLiteral("format"), top) != kFormatName)
        throw Wrong{QStringLiteral("$.format")};
    if (whole(root, QStringLiteral("version"), top, 1) != kFormatVersion)
        throw Wrong{QStringLiteral("$.version")};

    BundleManifest manifest;
    manifest.bundleId = id(root, QStringLiteral("bundle"), top);
    const auto kind = bundleKindNamed(text(root, QStringLiteral("kind"), top));
    if (!kind)
        throw Wrong{QStringLiteral("$.kind")};
    manifest.kind = *kind;
    const QString madeAt = text(root, QStringLiteral("madeAt"), top);
    manifest.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
    if (!manifest.madeAt.isValid() || !madeAt.endsWith(u'Z'))
        throw Wrong{QStringLiteral("$.madeAt")};
    manifest.sequence = whole(root, QStringLiteral("sequence"), top, 1);
    manifest.sender = party(root.value(QStringLiteral("sender")), QStringLiteral("$.sender"));

    const QJsonValue recipients = root.value(QStringLiteral("recipients"));
    const QJsonArray list = recipients.toArray();
    if (!recipients.isArray() || list.isEmpty() || list.size() > bundleformat::kMaxRecipients)
        throw Wrong{QStringLiteral("$.recipients")};
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const PublicKeys recipient = party(list.at(i), QStringLiteral("$.recipients[%1]").arg(i));
        if (seen.contains(recipient.encryptionKey))
            throw Wrong{QStringLiteral("$.recipients[%1] (named twice)").arg(i)};
        seen.insert(recipient.encryptionKey);
        manifest.recipients.push_back(recipient);
    }

    const QString at = QStringLiteral("$.payload");
    const QJsonObject payload = objectAt(root.value(QStringLiteral("payload")), at);
    requireKeys(payload,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("size"),
                 QStringLiteral("blake2b256")},
                at);
    manifest.payloadFormat = text(payload, QStringLiteral("format"), at);
    manifest.payloadVersion = int(whole(payload, QStringLiteral("version"), at, 1));
    manifest.payloadSize = whole(payload, QStringLiteral("size"), at, 0);
    const QString hash = text(payload, QStringLiteral("blake2b256"), at);
    manifest.payloadHash = QByteArray::fromHex(hash.toLatin1());
    if (hash.size() != 64 || manifest.payloadHash.toHex() != hash.toLatin1())
        throw Wrong{at + QStringLiteral(".blake2b256")};
    return manifest;
}

} // namespace

QString bundleKindName(BundleKind kind)
{
    for (const KindName& entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<BundleKind> bundleKindNamed(const QString& name)
{
    for (const KindName& entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QByteArray manifestJson(const BundleManifest& manifest)
{
    QJsonArray recipients;
    for (const PublicKeys& recipient : manifest.recipients)
        recipients.append(partyJson(recipient));
    const QJsonObject root{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("bundle"), manifest.bundleId},
        {QStringLiteral("kind"), bundleKindName(manifest.kind)},
        {QStringLiteral("madeAt"), manifest.madeAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sequence"), manifest.sequence},
        {QStringLiteral("sender"), partyJson(manifest.sender)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("payload"),
         QJsonObject{
             {QStringLiteral("format"), manifest.payloadFormat},
             {QStringLiteral("version"), manifest.payloadVersion},
             {QStringLiteral("size"), manifest.payloadSize},
             {QStringLiteral("blake2b256"), QString::fromLatin1(manifest.payloadHash.toHex())},
         }},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ManifestReading readManifestJson(const QByteArray& json)
{
    ManifestReading reading;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        reading.problem = QStringLiteral("not a JSON object: %1").arg(error.errorString());
        return reading;
    }
    try {
        reading.manifest = read(document.object());
    } catch (const Wrong& wrong) {
        reading.problem = wrong.path;
    }
    return reading;
}

} // namespace alongside::core
