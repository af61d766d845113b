#pragma once

#include <QByteArray>
#include <QString>

namespace alongside::core {

// How keys, signatures and ids are written in text (public-key files, bundle manifests):
// standard Base64 with padding (RFC 4648 section 4) and lowercase hexadecimal.
QString encodeKey(const QByteArray& bytes);

// The bytes of `text` after `prefix` ("ed25519:"; may be empty), if it is canonical Base64 of
// exactly `size` bytes; empty otherwise.
QByteArray decodeKey(const QString& text, const QString& prefix, qsizetype size);

// 32 lowercase hexadecimal characters: a store id or a bundle id.
bool isStoreId(const QString& text);

} // namespace alongside::core
