#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace alongside::test {

// A random word planted in every field of a test store, which must not be found in memory
// after locking. This process never holds it in clear: it is kept XOR-masked, handed to the
// process that writes the store as masked hex, and compared byte by byte in registers.
class Canary {
public:
    static Canary random();
    static Canary fromMaskedHex(const QByteArray& hex);
    QByteArray maskedHex() const { return m_masked.toHex(); }
    int length() const { return int(m_masked.size()); }
    // Only for the process that writes the store (it must put the word there).
    QString reveal() const;
    // The word's byte `i`, upper case, unmasked into a register.
    unsigned char at(int i) const { return static_cast<unsigned char>(m_masked[i]) ^ kMask; }

private:
    static constexpr unsigned char kMask = 0x80;
    QByteArray m_masked;
};

struct MemoryHit {
    QString region;  // the line of /proc/self/maps
    QString context; // bytes around it, printable, the word itself shown as <canary>
    bool utf16 = false;
};

struct MemoryScan {
    int utf8 = 0;  // copies found as UTF-8 (or Latin-1), any letter case
    int utf16 = 0; // copies found as UTF-16LE (QString's own form), any letter case
    qint64 bytesRead = 0;
    QString method;                // "/proc/self/mem" or process_vm_readv
    std::vector<MemoryHit> sample; // the first few, to say where they are
    int total() const { return utf8 + utf16; }
    std::string describe() const;
};

// Reads every readable mapping of this process (/proc/self/maps, then /proc/self/mem; where a
// release build's PR_SET_DUMPABLE=0 closes /proc/self/mem to an ordinary user, the same bytes
// through process_vm_readv) and counts the canary in UTF-8 and UTF-16.
MemoryScan scanOwnMemory(const Canary& canary);

} // namespace alongside::test
