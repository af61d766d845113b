// Child process for the crash tests. Writes committed records in a loop (or changes the
// passphrase back and forth) and reports each success on stdout, until it is killed.
//   alongside_crash_writer records STORE
//   alongside_crash_writer passwd STORE

#include "support/TestStores.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace alongside;

namespace {

int writeRecords(const QString& path)
{
    core::StoreError error;
    auto store = test::openStore(path, QString::fromLatin1(test::kPassphrase), &error);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral(
        "INSERT INTO case_note (case_id, written_at, author, body) VALUES (1, '2026-01-01', 'crash', ?)"));
    for (int i = 0;; ++i) {
        QSqlDatabase db = store->database();
        db.transaction();
        query.addBindValue(QStringLiteral("record %1 ").arg(i).repeated(30));
        if (!query.exec() || !db.commit()) {
            std::fprintf(stderr, "write failed\n");
            return 1;
        }
        // Only after COMMIT returns (synchronous=FULL: on disk) is the record reported.
        std::printf("committed %lld\n", query.lastInsertId().toLongLong());
        std::fflush(stdout);
    }
}

int changePassphrases(const QString& path)
{
    const QString passphrases[] = {QString::fromLatin1(test::kPassphrase),
                                   QString::fromLatin1(test::kOtherPassphrase)};
    int current = 0;
    core::StoreError error;
    auto store = test::openStore(path, passphrases[0], &error);
    if (!store) {
        current = 1;
        store = test::openStore(path, passphrases[1], &error);
    }
    if (!store)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const int next = 1 - current;
        error = store->changePassphrase(test::secret(passphrases[current]), test::secret(passphrases[next]));
        if (error.isError()) {
            std::fprintf(stderr, "passwd failed: %s\n", qPrintable(error.detail));
            return 1;
        }
        current = next;
        std::printf("passphrase %d\n", current);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    return mode == QLatin1String("passwd") ? changePassphrases(path) : writeRecords(path);
}
