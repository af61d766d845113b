#include "application/Repositories.h"
#include "storage/CaseFixtures.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace alongside;

TEST_CASE("a name changed in the middle of a session signs the next record at once")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    QString writing = QStringLiteral("Alex Practitioner");
    const core::Repositories records(
        store->database(), [&] { return writing; }, clock.function());

    const core::CaseWriteResult created = records.cases().createCase(
        test::concernOnly(QStringLiteral("AL-00001"), QDate(2026, 3, 1)));
    REQUIRE(created.error.isEmpty());
    REQUIRE(records.cases().addNote(created.id, QStringLiteral("Phoned her daughter.")).error.isEmpty());
    writing = QStringLiteral("Sam Senior Practitioner");
    REQUIRE(records.cases()
                .addNote(created.id, QStringLiteral("Visited with the district nurse."))
                .error.isEmpty());

    QStringList noteAuthors;
    for (const core::HistoryEntry& entry : records.cases().history(created.id))
        if (entry.record == QStringLiteral("note") && !noteAuthors.contains(entry.changedBy))
            noteAuthors << entry.changedBy;
    CHECK(noteAuthors
          == QStringList{QStringLiteral("Alex Practitioner"), QStringLiteral("Sam Senior Practitioner")});
}

// The GUI and the CLI reach the store only through core/application: neither builds a
// repository over a connection itself, so who signs a record and by which clock is decided in
// one place, and a second backend can be chosen there. A construction such as
// `core::CaseRepository(db, …)` or `core::CaseSearch search(db)` in ui/ or app/ is refused here
// (a function whose parameter list starts `const …` is a declaration, not a construction).
TEST_CASE("the user interface and the command line never build a repository themselves")
{
    const QRegularExpression construction(
        QStringLiteral(R"(core::(\w+Repository|CaseSearch|LetterService)\s*(\w+\s*)?[({]\s*(?!const\b)[^)}\s])"));
    QStringList found;
    for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(QStringLiteral(ALONGSIDE_SOURCE_DIR "/") + folder,
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            auto match = construction.globalMatch(text);
            while (match.hasNext())
                found << QStringLiteral("%1: %2").arg(file.fileName(), match.next().captured(0));
        }
    }
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
