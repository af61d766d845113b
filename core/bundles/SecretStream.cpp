#include "bundles/SecretStream.h"

#include "bundles/BundleFormat.h"
#include "storage/keys/SodiumRuntime.h"

#include <sodium.h>

namespace alongside::core {

static_assert(bundleformat::kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(bundleformat::kStreamOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(bundleformat::kFileKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace {

using State = crypto_secretstream_xchacha20poly1305_state;

State* stateIn(SecretBytes& bytes)
{
    return reinterpret_cast<State*>(bytes.data());
}

const unsigned char* u8(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

} // namespace

SecretStreamPush::SecretStreamPush(const SecretBytes& key, QByteArray* header) : m_state(sizeof(State))
{
    ensureSodiumReady();
    header->resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        stateIn(m_state), reinterpret_cast<unsigned char*>(header->data()), key.data());
}

QByteArray SecretStreamPush::push(const QByteArray& message, const QByteArray& additionalData, bool final)
{
    QByteArray ciphertext(message.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    crypto_secretstream_xchacha20poly1305_push(stateIn(m_state),
                                               reinterpret_cast<unsigned char*>(ciphertext.data()), nullptr,
                                               u8(message), static_cast<unsigned long long>(message.size()),
                                               additionalData.isEmpty() ? nullptr : u8(additionalData),
                                               static_cast<unsigned long long>(additionalData.size()),
                                               final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                     : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return ciphertext;
}

SecretStreamPull::SecretStreamPull(const SecretBytes& key, const QByteArray& header) : m_state(sizeof(State))
{
    ensureSodiumReady();
    m_ready = header.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES
        && crypto_secretstream_xchacha20poly1305_init_pull(stateIn(m_state), u8(header), key.data()) == 0;
}

bool SecretStreamPull::pull(const QByteArray& ciphertext, const QByteArray& additionalData,
                            QByteArray* message, bool* final)
{
    if (!m_ready || ciphertext.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
        return false;
    message->resize(ciphertext.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            stateIn(m_state), reinterpret_cast<unsigned char*>(message->data()), nullptr, &tag,
            u8(ciphertext), static_cast<unsigned long long>(ciphertext.size()),
            additionalData.isEmpty() ? nullptr : u8(additionalData),
            static_cast<unsigned long long>(additionalData.size()))
        != 0)
        return false;
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        return false; // PUSH and REKEY are not used in this format
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return true;
}

} // namespace alongside::core
