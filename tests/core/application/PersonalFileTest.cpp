#include "application/PersonalFile.h"

#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace alongside::core;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

mode_t modeOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// Restores the process's umask when a test ends, whatever it set.
struct UmaskScope {
    explicit UmaskScope(mode_t mask) : previous(::umask(mask)) {}
    ~UmaskScope() { ::umask(previous); }
    mode_t previous;
};

} // namespace

TEST_CASE("a letter saved under a permissive umask is readable by its owner only")
{
    const UmaskScope permissive(0);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("AL-00001 letter.pdf"));
    const PersonalFileResult result = writePersonalFile(path, QByteArrayLiteral("%PDF-1.4 letter"));
    REQUIRE(result.written);
    CHECK(modeOf(path) == 0600);
    CHECK(readAll(path) == QByteArrayLiteral("%PDF-1.4 letter"));
}

TEST_CASE(
    "a file saved under a umask that takes the owner's own bits away is still the owner's to read and write")
{
    const UmaskScope strict(0277);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("AL-00001 export.json"));
    REQUIRE(writePersonalFile(path, QByteArrayLiteral("{}")).written);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("an existing file is never overwritten without the person's say-so")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("export.json"));
    REQUIRE(writePersonalFile(path, QByteArrayLiteral("first")).written);
    const PersonalFileResult second = writePersonalFile(path, QByteArrayLiteral("second"));
    CHECK_FALSE(second.written);
    CHECK(second.alreadyExists);
    CHECK(second.problem.contains(QStringLiteral("already exists")));
    CHECK(readAll(path) == QByteArrayLiteral("first"));
    // Only the two files' own names: no scratch copy left behind.
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("a replace the person confirmed swaps in the whole new file, owner-only")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.pdf"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    REQUIRE(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(writePersonalFile(path, QByteArrayLiteral("new"), ExistingFile::Replace).written);
    CHECK(readAll(path) == QByteArrayLiteral("new"));
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("a writer that gives up leaves no file under the final name")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("letter.pdf"));
    const PersonalFileResult result = writePersonalFile(path, [](QIODevice& device) {
        device.write("half a letter");
        return false;
    });
    CHECK_FALSE(result.written);
    CHECK_FALSE(result.problem.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a missing folder is a plain refusal")
{
    const PersonalFileResult result = writePersonalFile(
        QStringLiteral("/nonexistent-folder-for-alongside/letter.pdf"), QByteArrayLiteral("x"));
    CHECK_FALSE(result.written);
    CHECK(result.problem.contains(QStringLiteral("does not exist")));
}

TEST_CASE("default file names name the case, not the person")
{
    CHECK(personalFileName(QStringLiteral("AL-00042"), QStringLiteral("letter"), QStringLiteral("2026-12-07"),
                           QStringLiteral("pdf"))
          == QStringLiteral("AL-00042 letter 2026-12-07.pdf"));
    CHECK(
        personalFileName(QStringLiteral("AL/7"), QStringLiteral("export"), QString(), QStringLiteral("json"))
        == QStringLiteral("AL-7 export.json"));
}
