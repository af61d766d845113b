#include "bundles/BundleReader.h"
#include "bundles/BundleText.h"

#include "bundles/BundleFormat.h"
#include "bundles/BundleWriter.h"
#include "bundles/SecretStream.h"
#include "storage/keys/SodiumRuntime.h"

#include <QtEndian>

#include <sodium.h>

namespace alongside::core {

namespace {

QString messageFor(BundleProblem problem)
{
    switch (problem) {
    case BundleProblem::None:
        return {};
    case BundleProblem::NotABundle:
        return BundleText::tr("This is not an Alongside bundle.");
    case BundleProblem::NewerFormat:
        return BundleText::tr(
            "This bundle was made by a newer version of Alongside. Update Alongside to open it.");
    case BundleProblem::Truncated:
        return BundleText::tr(
            "This bundle is incomplete: it ends before its last part. It may not have copied "
            "fully; ask the sender for it again.");
    case BundleProblem::Tampered:
        return BundleText::tr(
            "This bundle has been changed or damaged since it was made, so it cannot be trusted. "
            "Ask the sender for it again.");
    case BundleProblem::NotForThisStore:
        return BundleText::tr(
            "This bundle was not made for this store: it is sealed to other people's keys.");
    case BundleProblem::Forwarded:
        return BundleText::tr(
            "This bundle was not sent to this store by the person who made it: its maker signed it "
            "for other recipients and someone else passed it on. Ask the maker to send it to you.");
    }
    return {};
}

BundleReading refused(BundleProblem problem, const QString& detail)
{
    BundleReading reading;
    reading.problem = problem;
    reading.message = messageFor(problem);
    reading.detail = detail;
    return reading;
}

// Walks the stream messages: a 4-byte big-endian length, then that many bytes.
class MessageCursor {
public:
    MessageCursor(const QByteArray& bytes, qsizetype offset) : m_bytes(bytes), m_offset(offset) {}

    bool atEnd() const { return m_offset == m_bytes.size(); }
    // False (and *truncated true) if the file ends inside the message.
    bool next(qsizetype maxPlainBytes, QByteArray* ciphertext, bool* truncated, bool* tooLong)
    {
        *truncated = false;
        *tooLong = false;
        if (m_bytes.size() - m_offset < bundleformat::kLengthBytes) {
            *truncated = true;
            return false;
        }
        const quint32 length = qFromBigEndian<quint32>(m_bytes.constData() + m_offset);
        if (length < bundleformat::kStreamOverheadBytes
            || qsizetype(length) > maxPlainBytes + bundleformat::kStreamOverheadBytes) {
            *tooLong = true;
            return false;
        }
        if (m_bytes.size() - m_offset - bundleformat::kLengthBytes < qsizetype(length)) {
            *truncated = true;
            return false;
        }
        *ciphertext = m_bytes.mid(m_offset + bundleformat::kLengthBytes, length);
        m_offset += bundleformat::kLengthBytes + length;
        return true;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_offset;
};

SecretBytes openSlots(const QByteArray& bytes, int slotCount, const QByteArray& encryptionKey,
                      const SecretBytes& encryptionSecret)
{
    SecretBytes fileKey(bundleformat::kFileKeyBytes);
    for (int i = 0; i < slotCount; ++i) {
        const auto* slot = reinterpret_cast<const unsigned char*>(
            bytes.constData() + bundleformat::kFixedHeaderBytes + i * bundleformat::kSlotBytes);
        if (crypto_box_seal_open(fileKey.data(), slot, bundleformat::kSlotBytes,
                                 reinterpret_cast<const unsigned char*>(encryptionKey.constData()),
                                 encryptionSecret.data())
            == 0)
            return fileKey;
    }
    return {};
}

bool signedBySender(const BundleContents& contents)
{
    const QByteArray message = QByteArray(bundleformat::kSignatureDomain) + contents.manifestJson;
    return contents.signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(contents.signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(contents.manifest.sender.signingKey.constData()))
        == 0;
}

bool addressedTo(const BundleManifest& manifest, const QByteArray& encryptionKey)
{
    for (const PublicKeys& recipient : manifest.recipients) {
        if (recipient.encryptionKey == encryptionKey)
            return true;
    }
    return false;
}

} // namespace

BundleReading readBundle(const QByteArray& bytes, const QByteArray& encryptionKey,
                         const SecretBytes& encryptionSecret)
{
    ensureSodiumReady();
    using namespace bundleformat;
    const QByteArray magic(kMagic, kMagicBytes);
    if (bytes.size() < kFixedHeaderBytes) {
        if (!bytes.isEmpty() && magic.startsWith(bytes.left(kMagicBytes)))
            return refused(BundleProblem::Truncated, QStringLiteral("shorter than the fixed header"));
        return refused(BundleProblem::NotABundle, QStringLiteral("no magic"));
    }
    if (!bytes.startsWith(magic))
        return refused(BundleProblem::NotABundle, QStringLiteral("no magic"));
    if (bytes.size() > kMaxBundleBytes)
        return refused(BundleProblem::Tampered, QStringLiteral("larger than any bundle may be"));
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + kMagicBytes);
    if (version > kVersion)
        return refused(BundleProblem::NewerFormat, QStringLiteral("version %1").arg(version));
    if (version != kVersion)
        return refused(BundleProblem::Tampered, QStringLiteral("version %1").arg(version));
    const int slotCount = qFromBigEndian<quint16>(bytes.constData() + kMagicBytes + 2);
    if (slotCount < 1 || slotCount > kMaxRecipients)
        return refused(BundleProblem::Tampered, QStringLiteral("%1 recipient slots").arg(slotCount));
    const qsizetype headerSize = headerBytes(slotCount);
    if (bytes.size() < headerSize)
        return refused(BundleProblem::Truncated, QStringLiteral("ends inside the header"));
    const QByteArray header = bytes.left(headerSize);

    const SecretBytes fileKey = openSlots(bytes, slotCount, encryptionKey, encryptionSecret);
    if (fileKey.isEmpty())
        return refused(BundleProblem::NotForThisStore, QStringLiteral("no slot opens with this store's key"));
    SecretStreamPull stream(fileKey, header.right(kStreamHeaderBytes));
    if (!stream.ready())
        return refused(BundleProblem::Tampered, QStringLiteral("stream header"));

    MessageCursor cursor(bytes, headerSize);
    QByteArray ciphertext;
    bool truncated = false;
    bool tooLong = false;
    bool final = false;
    BundleReading reading;
    BundleContents& contents = reading.contents;

    if (!cursor.next(kMaxManifestBytes, &ciphertext, &truncated, &tooLong))
        return refused(truncated ? BundleProblem::Truncated : BundleProblem::Tampered,
                       QStringLiteral("manifest length"));
    if (!stream.pull(ciphertext, header, &contents.manifestJson, &final) || final)
        return refused(BundleProblem::Tampered, QStringLiteral("manifest or header does not authenticate"));
    if (!cursor.next(kSignatureBytes, &ciphertext, &truncated, &tooLong))
        return refused(truncated ? BundleProblem::Truncated : BundleProblem::Tampered,
                       QStringLiteral("signature length"));
    if (!stream.pull(ciphertext, {}, &contents.signature, &final) || final)
        return refused(BundleProblem::Tampered, QStringLiteral("signature message does not authenticate"));

    const ManifestReading manifest = readManifestJson(contents.manifestJson);
    if (!manifest.ok())
        return refused(BundleProblem::Tampered, QStringLiteral("manifest: ") + manifest.problem);
    contents.manifest = manifest.manifest;
    if (!signedBySender(contents))
        return refused(BundleProblem::Tampered, QStringLiteral("the manifest signature does not verify"));
    if (!addressedTo(contents.manifest, encryptionKey))
        return refused(BundleProblem::Forwarded,
                       QStringLiteral("this store is not among the signed recipients"));
    if (qsizetype(contents.manifest.recipients.size()) != slotCount)
        return refused(BundleProblem::Forwarded,
                       QStringLiteral("%1 sealed keys for %2 signed recipients")
                           .arg(slotCount)
                           .arg(contents.manifest.recipients.size()));
    if (contents.manifest.payloadSize > kMaxBundleBytes)
        return refused(BundleProblem::Tampered, QStringLiteral("payload size"));

    contents.payload.reserve(contents.manifest.payloadSize);
    QByteArray chunk;
    while (!final) {
        if (!cursor.next(kChunkBytes, &ciphertext, &truncated, &tooLong))
            return refused(truncated ? BundleProblem::Truncated : BundleProblem::Tampered,
                           QStringLiteral("payload length"));
        if (!stream.pull(ciphertext, {}, &chunk, &final))
            return refused(BundleProblem::Tampered, QStringLiteral("a payload part does not authenticate"));
        contents.payload += chunk;
        if (contents.payload.size() > contents.manifest.payloadSize)
            return refused(BundleProblem::Tampered, QStringLiteral("more payload than the manifest says"));
    }
    if (!cursor.atEnd())
        return refused(BundleProblem::Tampered, QStringLiteral("bytes after the last part"));
    if (contents.payload.size() != contents.manifest.payloadSize
        || payloadHash(contents.payload) != contents.manifest.payloadHash)
        return refused(BundleProblem::Tampered,
                       QStringLiteral("payload size or hash differs from the manifest"));
    return reading;
}

} // namespace alongside::core
