#include "bundles/BundleWriter.h"

#include "bundles/BundleFormat.h"
#include "bundles/SecretStream.h"
#include "storage/keys/SodiumRuntime.h"

#include <QtEndian>

#include <sodium.h>

namespace alongside::core {

static_assert(bundleformat::kSealOverheadBytes == crypto_box_SEALBYTES);
static_assert(bundleformat::kSignatureBytes == crypto_sign_BYTES);

namespace {

void appendBigEndian16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void appendMessage(QByteArray& out, const QByteArray& ciphertext)
{
    char length[bundleformat::kLengthBytes];
    qToBigEndian(static_cast<quint32>(ciphertext.size()), length);
    out.append(length, bundleformat::kLengthBytes);
    out.append(ciphertext);
}

QByteArray sealedFileKey(const SecretBytes& fileKey, const QByteArray& recipientKey)
{
    QByteArray slot(bundleformat::kSlotBytes, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(slot.data()), fileKey.data(), fileKey.size(),
                    reinterpret_cast<const unsigned char*>(recipientKey.constData()));
    return slot;
}

} // namespace

QString newBundleId()
{
    ensureSodiumReady();
    QByteArray id(16, '\0');
    randombytes_buf(id.data(), static_cast<std::size_t>(id.size()));
    return QString::fromLatin1(id.toHex());
}

QByteArray payloadHash(const QByteArray& payload)
{
    ensureSodiumReady();
    QByteArray hash(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), static_cast<std::size_t>(hash.size()),
                       reinterpret_cast<const unsigned char*>(payload.constData()),
                       static_cast<unsigned long long>(payload.size()), nullptr, 0);
    return hash;
}

QByteArray signManifest(const QByteArray& manifestJson, const SecretBytes& signingSecret)
{
    ensureSodiumReady();
    const QByteArray message = QByteArray(bundleformat::kSignatureDomain) + manifestJson;
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), signingSecret.data());
    return signature;
}

QByteArray sealBundle(const QByteArray& manifestJson, const QByteArray& signature, const QByteArray& payload,
                      const std::vector<QByteArray>& recipientEncryptionKeys)
{
    ensureSodiumReady();
    SecretBytes fileKey(bundleformat::kFileKeyBytes);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());

    QByteArray header(bundleformat::kMagic, bundleformat::kMagicBytes);
    appendBigEndian16(header, bundleformat::kVersion);
    appendBigEndian16(header, static_cast<quint16>(recipientEncryptionKeys.size()));
    for (const QByteArray& recipient : recipientEncryptionKeys)
        header += sealedFileKey(fileKey, recipient);
    QByteArray streamHeader;
    SecretStreamPush stream(fileKey, &streamHeader);
    header += streamHeader;

    QByteArray bundle = header;
    bundle.reserve(header.size() + manifestJson.size() + payload.size()
                   + (payload.size() / bundleformat::kChunkBytes + 3)
                       * (bundleformat::kLengthBytes + bundleformat::kStreamOverheadBytes)
                   + signature.size());
    // The plain header is bound into the first message: a changed slot, slot count or version
    // makes the manifest fail to open.
    appendMessage(bundle, stream.push(manifestJson, header, false));
    appendMessage(bundle, stream.push(signature, {}, false));
    qsizetype offset = 0;
    do {
        const QByteArray chunk = payload.mid(offset, bundleformat::kChunkBytes);
        offset += chunk.size();
        appendMessage(bundle, stream.push(chunk, {}, offset >= payload.size()));
    } while (offset < payload.size());
    return bundle;
}

QByteArray makeBundle(BundleManifest manifest, const QByteArray& payload, const SecretBytes& signingSecret)
{
    manifest.payloadSize = payload.size();
    manifest.payloadHash = payloadHash(payload);
    const QByteArray json = manifestJson(manifest);
    std::vector<QByteArray> recipients;
    for (const PublicKeys& recipient : manifest.recipients)
        recipients.push_back(recipient.encryptionKey);
    return sealBundle(json, signManifest(json, signingSecret), payload, recipients);
}

} // namespace alongside::core
