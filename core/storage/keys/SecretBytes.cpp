#include "storage/keys/SecretBytes.h"

#include "storage/keys/SodiumRuntime.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace alongside::core {

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    ensureSodiumReady();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::takeUtf8(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret = copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    wipe(text);
    return secret;
}

SecretBytes SecretBytes::copyOf(const char* data, std::size_t size)
{
    SecretBytes secret(size);
    if (size > 0)
        std::copy(data, data + size, secret.m_data);
    return secret;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // sodium_free zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QString& text)
{
    if (text.isEmpty())
        return;
    // data() detaches, so this wipes the buffer we own; shared copies elsewhere are not reachable.
    sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace alongside::core
