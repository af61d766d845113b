#pragma once

#include "storage/keys/SecretBytes.h"

#include <QByteArray>

namespace alongside::core {

// libsodium's crypto_secretstream_xchacha20poly1305, with its state (which holds the key) in
// guarded memory. Internal to core/bundles.
class SecretStreamPush {
public:
    // Writes the 24-byte stream header into `header`.
    SecretStreamPush(const SecretBytes& key, QByteArray* header);
    QByteArray push(const QByteArray& message, const QByteArray& additionalData, bool final);

private:
    SecretBytes m_state;
};

class SecretStreamPull {
public:
    SecretStreamPull(const SecretBytes& key, const QByteArray& header);
    bool ready() const { return m_ready; }
    // False if the message was changed, is out of order, or does not belong to this stream.
    bool pull(const QByteArray& ciphertext, const QByteArray& additionalData, QByteArray* message,
              bool* final);

private:
    SecretBytes m_state;
    bool m_ready = false;
};

} // namespace alongside::core
