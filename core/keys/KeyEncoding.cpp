#include "keys/KeyEncoding.h"

namespace alongside::core {

QString encodeKey(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray decodeKey(const QString& text, const QString& prefix, qsizetype size)
{
    if (!text.startsWith(prefix))
        return {};
    const QByteArray encoded = text.mid(prefix.size()).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    // Only the one canonical spelling: no missing padding, no stray bits in the last character.
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != encoded)
        return {};
    return decoded.decoded;
}

bool isStoreId(const QString& text)
{
    if (text.size() != 32)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace alongside::core
