#pragma once

#include <QString>

#include <cstddef>

namespace alongside::core {

// Bytes that must never outlive their use: passphrases, derived keys, key specs.
// Held in libsodium's guarded, locked (never swapped) memory and wiped on destruction,
// so a stolen laptop's swap file or a crash dump does not hold them.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // Copies the text as UTF-8 into guarded memory, then wipes the QString's own buffer.
    static SecretBytes takeUtf8(QString& text);
    static SecretBytes copyOf(const char* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    bool equals(const SecretBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QString's characters in place (best effort: Qt may hold other copies).
void wipe(QString& text);

} // namespace alongside::core
