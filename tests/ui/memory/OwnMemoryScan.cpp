#include "memory/OwnMemoryScan.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cstring>
#include <sstream>

namespace alongside::test {

namespace {

constexpr std::size_t kChunk = 1024 * 1024;
constexpr std::size_t kSampleSize = 12;

unsigned char folded(unsigned char byte)
{
    return (byte >= 'a' && byte <= 'z') ? byte - 'a' + 'A' : byte;
}

struct Region {
    quintptr start = 0;
    quintptr end = 0;
    QString line;
};

std::vector<Region> readableRegions()
{
    std::vector<Region> regions;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return regions;
    for (const QByteArray& raw : maps.readAll().split('\n')) {
        const QString line = QString::fromLatin1(raw).simplified();
        const QStringList fields = line.split(u' ');
        if (fields.size() < 2 || !fields[1].startsWith(u'r'))
            continue;
        if (line.endsWith(QStringLiteral("[vvar]")) || line.endsWith(QStringLiteral("[vsyscall]")))
            continue; // not ordinary memory; reading it fails
        const QStringList range = fields[0].split(u'-');
        bool ok = false;
        Region region;
        region.start = range.value(0).toULongLong(&ok, 16);
        region.end = range.value(1).toULongLong(&ok, 16);
        region.line = line;
        if (ok)
            regions.push_back(region);
    }
    return regions;
}

} // namespace

Canary Canary::random()
{
    Canary canary;
    // Twelve letters: one chance in 10^16 of meeting it by accident.
    for (int i = 0; i < 12; ++i)
        canary.m_masked.append(char(('A' + QRandomGenerator::global()->bounded(26)) ^ kMask));
    return canary;
}

Canary Canary::fromMaskedHex(const QByteArray& hex)
{
    Canary canary;
    canary.m_masked = QByteArray::fromHex(hex);
    return canary;
}

QString Canary::reveal() const
{
    QString word;
    for (int i = 0; i < length(); ++i)
        word.append(QChar(char16_t(at(i))));
    return word;
}

std::string MemoryScan::describe() const
{
    std::ostringstream out;
    out << utf8 << " copies as UTF-8 and " << utf16 << " as UTF-16 in " << bytesRead << " bytes read through "
        << method.toStdString() << '\n';
    for (const MemoryHit& hit : sample)
        out << "  " << (hit.utf16 ? "UTF-16" : "UTF-8 ") << " in " << hit.region.toStdString() << "\n      "
            << hit.context.toStdString() << '\n';
    return out.str();
}

MemoryScan scanOwnMemory(const Canary& canary)
{
    MemoryScan scan;
    const std::size_t length = std::size_t(canary.length());
    const std::size_t overlap = 2 * length;
    // Our own buffer gets a copy of whatever it reads, so it lives apart and is never scanned.
    auto* buffer = static_cast<unsigned char*>(
        mmap(nullptr, kChunk + overlap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (buffer == MAP_FAILED)
        return scan;
    const quintptr bufferStart = reinterpret_cast<quintptr>(buffer);
    const int mem = open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    scan.method = mem >= 0 ? QStringLiteral("/proc/self/mem") : QStringLiteral("process_vm_readv");

    const auto readAt = [&](quintptr address, std::size_t size) -> ssize_t {
        if (mem >= 0)
            return pread(mem, buffer, size, off_t(address));
        iovec local{buffer, size};
        iovec remote{reinterpret_cast<void*>(address), size};
        return process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
    };
    const auto context = [&](std::size_t at, std::size_t width, std::size_t got) {
        QString text;
        const std::size_t from = at > 24 ? at - 24 : 0;
        const std::size_t to = std::min(got, at + width + 24);
        for (std::size_t i = from; i < to; ++i) {
            if (i == at) {
                text += QStringLiteral("<canary>");
                i += width - 1;
                continue;
            }
            text += (buffer[i] >= 0x20 && buffer[i] < 0x7f) ? QChar(char16_t(buffer[i])) : QChar(u'.');
        }
        return text;
    };

    for (const Region& region : readableRegions()) {
        if (bufferStart >= region.start && bufferStart < region.end)
            continue;
        for (quintptr at = region.start; at < region.end; at += kChunk) {
            const std::size_t wanted = std::min<std::size_t>(kChunk + overlap, region.end - at);
            const ssize_t got = readAt(at, wanted);
            if (got <= 0)
                break;
            scan.bytesRead += std::min<qint64>(got, qint64(kChunk));
            const std::size_t size = std::size_t(got);
            // Only starts inside this chunk count; the overlap belongs to the next one.
            const std::size_t starts = std::min(size, kChunk);
            for (std::size_t i = 0; i < starts; ++i) {
                if (folded(buffer[i]) != canary.at(0))
                    continue;
                std::size_t j = 1;
                while (j < length && i + j < size && folded(buffer[i + j]) == canary.at(int(j)))
                    ++j;
                if (j == length) {
                    ++scan.utf8;
                    if (scan.sample.size() < kSampleSize)
                        scan.sample.push_back({region.line, context(i, length, size), false});
                    continue;
                }
                j = 0;
                while (j < length && i + 2 * j + 1 < size && folded(buffer[i + 2 * j]) == canary.at(int(j))
                       && buffer[i + 2 * j + 1] == 0)
                    ++j;
                if (j == length) {
                    ++scan.utf16;
                    if (scan.sample.size() < kSampleSize)
                        scan.sample.push_back({region.line, context(i, 2 * length, size), true});
                }
            }
        }
    }
    if (mem >= 0)
        close(mem);
    explicit_bzero(buffer, kChunk + overlap);
    munmap(buffer, kChunk + overlap);
    return scan;
}

} // namespace alongside::test
