// Every file with personal data goes through writePersonalFile (issue 10, finding 3): owner-only,
// whole or not at all, never silently over an existing file. A function nobody is made to use is
// a convention, and conventions drift, so this scans the sources of core/, ui/ and app/ for every
// way C++ and Qt open a file for writing, and fails on any outside the few homes listed below,
// each with the reason it may write. A new writer either calls writePersonalFile or earns a line
// here that a reviewer will read.
//
// What it cannot see: files Qt or SQLite write on our behalf (SQLite's own -wal and -shm, a
// print dialog's "Print to file", QSettings' ini file), and writers spelt in ways it does not
// know. It is a guard against the usual ways, not a proof.

#include "support/Catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

struct WriterRule {
    QString name;
    QRegularExpression pattern;
};

// Each way of writing a file, as it appears in a line of source.
const std::vector<WriterRule>& writerRules()
{
    static const std::vector<WriterRule> rules{
        {QStringLiteral("a Qt device opened for writing"),
         QRegularExpression(QStringLiteral(
             R"((\w+)\s*(?:\.|->)\s*open\s*\([^;]*\b(?:WriteOnly|ReadWrite|Append|NewOnly|Truncate)\b)"))},
        {QStringLiteral("QSaveFile"), QRegularExpression(QStringLiteral(R"(\bQSaveFile\b)"))},
        {QStringLiteral("QTemporaryFile or QLockFile"),
         QRegularExpression(QStringLiteral(R"(\bQ(?:TemporaryFile|LockFile)\b)"))},
        {QStringLiteral("a C or C++ stream"),
         QRegularExpression(QStringLiteral(R"(\b(?:o?fstream|fopen|freopen|fdopen)\b)"))},
        {QStringLiteral("a POSIX open for writing"),
         QRegularExpression(
             QStringLiteral(R"(\b(?:open|openat|creat)\s*\([^;]*\bO_(?:WRONLY|RDWR|CREAT)\b)"))},
        {QStringLiteral("a file renamed or copied into place"),
         QRegularExpression(QStringLiteral(R"(\b(?:rename|copy_file|QFile::copy)\s*\()"))},
        {QStringLiteral("a PDF or image written to a named file"),
         QRegularExpression(QStringLiteral(
             R"(\bsetOutputFileName\b|\bQ(?:ImageWriter|TextDocumentWriter)\b|\bQPdfWriter\s*\w*\s*[({]\s*[^&\s)])"))},
        {QStringLiteral("a new owner-only file"),
         QRegularExpression(QStringLiteral(R"(\bcreateOwnerOnlyFile\s*\()"))},
    };
    return rules;
}

struct AllowedWriter {
    QString path; // relative to the source root
    QString rule;
    QString why;
};

// The homes that may write, and why. Keep it short: anything with personal data outside the
// store goes through core/application/PersonalFile.cpp.
const std::vector<AllowedWriter>& allowedWriters()
{
    static const std::vector<AllowedWriter> allowed{
        {QStringLiteral("core/application/PersonalFile.cpp"), QStringLiteral("a new owner-only file"),
         QStringLiteral("writePersonalFile itself: its scratch file beside the target")},
        {QStringLiteral("core/application/PersonalFile.cpp"),
         QStringLiteral("a file renamed or copied into place"),
         QStringLiteral("writePersonalFile itself: the scratch file renamed into place")},
        {QStringLiteral("core/storage/store/OwnerOnlyFiles.cpp"),
         QStringLiteral("a Qt device opened for writing"),
         QStringLiteral("createOwnerOnlyFile: the owner-only create that every writer here uses")},
        {QStringLiteral("core/storage/store/OwnerOnlyFiles.cpp"), QStringLiteral("a new owner-only file"),
         QStringLiteral("createOwnerOnlyFile's own definition")},
        {QStringLiteral("core/storage/store/OwnerOnlyFiles.h"), QStringLiteral("a new owner-only file"),
         QStringLiteral("createOwnerOnlyFile's own declaration")},
        {QStringLiteral("core/storage/store/Store.cpp"), QStringLiteral("a new owner-only file"),
         QStringLiteral("the encrypted store being created under a scratch name")},
        {QStringLiteral("core/storage/store/StoreRekey.cpp"), QStringLiteral("a new owner-only file"),
         QStringLiteral("the encrypted copy written by a passphrase change or re-key")},
        {QStringLiteral("core/storage/store/StoreFile.cpp"),
         QStringLiteral("a file renamed or copied into place"),
         QStringLiteral("the encrypted store's scratch copy renamed over it (replaceFileDurably)")},
        {QStringLiteral("core/storage/store/StoreLock.cpp"), QStringLiteral("a POSIX open for writing"),
         QStringLiteral("the store's lock file, 0600: which program holds it, its process, since when, "
                        "the computer's name; nothing about anyone in a case")},
    };
    return allowed;
}

// A device opened for writing is harmless when it is a QBuffer declared in the same file: the
// bytes stay in memory (a renderer's PDF, handed to writePersonalFile by its caller).
bool isInMemoryBuffer(const QString& source, const QString& device)
{
    return source.contains(
        QRegularExpression(QStringLiteral(R"(\bQBuffer\s+%1\b)").arg(QRegularExpression::escape(device))));
}

struct Finding {
    QString path;
    int line = 0;
    QString rule;
    QString text;
};

std::vector<Finding> findWriters(const QString& path, const QString& source)
{
    std::vector<Finding> found;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        QString line = lines[index];
        const qsizetype comment = line.indexOf(QStringLiteral("//"));
        if (comment >= 0)
            line.truncate(comment);
        for (const WriterRule& rule : writerRules()) {
            const QRegularExpressionMatch match = rule.pattern.match(line);
            if (!match.hasMatch())
                continue;
            if (rule.name == QStringLiteral("a Qt device opened for writing")
                && isInMemoryBuffer(source, match.captured(1)))
                continue;
            found.push_back(Finding{path, index + 1, rule.name, lines[index].trimmed()});
        }
    }
    return found;
}

bool isAllowed(const Finding& finding)
{
    for (const AllowedWriter& allowed : allowedWriters()) {
        if (allowed.path == finding.path && allowed.rule == finding.rule)
            return true;
    }
    return false;
}

std::vector<Finding> writersInSources()
{
    const QDir root(QStringLiteral(ALONGSIDE_SOURCE_DIR));
    std::vector<Finding> found;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const std::vector<Finding> inFile = findWriters(root.relativeFilePath(file.fileName()),
                                                            QString::fromUtf8(file.readAll()));
            found.insert(found.end(), inFile.begin(), inFile.end());
        }
    }
    return found;
}

} // namespace

TEST_CASE("no code outside writePersonalFile and the store's own files opens a file for writing")
{
    QStringList unexpected;
    for (const Finding& finding : writersInSources()) {
        if (!isAllowed(finding))
            unexpected << QStringLiteral("%1:%2: %3: %4")
                              .arg(finding.path)
                              .arg(finding.line)
                              .arg(finding.rule, finding.text);
    }
    INFO("Write files with personal data through core::writePersonalFile (core/application/PersonalFile.h).\n"
         "If this writer holds no personal data, add it with its reason to allowedWriters() in this test.\n"
         << unexpected.join(QLatin1Char('\n')).toStdString());
    CHECK(unexpected.isEmpty());
}

TEST_CASE("every home allowed to write a file still does, so the list of exceptions stays short and true")
{
    const std::vector<Finding> found = writersInSources();
    for (const AllowedWriter& allowed : allowedWriters()) {
        INFO(allowed.path.toStdString()
             << ": " << allowed.rule.toStdString() << " (" << allowed.why.toStdString() << ")");
        CHECK(std::any_of(found.begin(), found.end(), [&](const Finding& finding) {
            return finding.path == allowed.path && finding.rule == allowed.rule;
        }));
    }
}

TEST_CASE("the scan recognises the usual ways of writing a file, and leaves in-memory buffers alone")
{
    const auto rulesFound = [](const char* source) {
        QStringList names;
        for (const Finding& finding :
             findWriters(QStringLiteral("ui/Example.cpp"), QString::fromUtf8(source)))
            names << finding.rule;
        return names;
    };
    CHECK(rulesFound("QFile out(path);\nout.open(QIODevice::WriteOnly | QIODevice::Truncate);")
          == QStringList{QStringLiteral("a Qt device opened for writing")});
    CHECK(rulesFound("file->open(QFile::ReadWrite);")
          == QStringList{QStringLiteral("a Qt device opened for writing")});
    CHECK(rulesFound("QSaveFile save(path);") == QStringList{QStringLiteral("QSaveFile")});
    CHECK(rulesFound("std::ofstream out(name);") == QStringList{QStringLiteral("a C or C++ stream")});
    CHECK(rulesFound("FILE* f = fopen(name, \"w\");") == QStringList{QStringLiteral("a C or C++ stream")});
    CHECK(rulesFound("int fd = ::open(name, O_WRONLY | O_CREAT, 0644);")
          == QStringList{QStringLiteral("a POSIX open for writing")});
    CHECK(rulesFound("QFile::copy(from, to);")
          == QStringList{QStringLiteral("a file renamed or copied into place")});
    CHECK(rulesFound("QPdfWriter writer(path);")
          == QStringList{QStringLiteral("a PDF or image written to a named file")});
    CHECK(rulesFound("printer.setOutputFileName(path);")
          == QStringList{QStringLiteral("a PDF or image written to a named file")});
    CHECK(rulesFound("QTemporaryFile scratch;")
          == QStringList{QStringLiteral("QTemporaryFile or QLockFile")});

    // Not writers: reading, a PDF drawn onto a device, a buffer in memory, a comment.
    CHECK(rulesFound("file.open(QIODevice::ReadOnly);").isEmpty());
    CHECK(rulesFound("QPdfWriter writer(&device);").isEmpty());
    CHECK(rulesFound("QBuffer buffer(&bytes);\nbuffer.open(QIODevice::WriteOnly);").isEmpty());
    CHECK(rulesFound("// never std::ofstream here").isEmpty());
}
