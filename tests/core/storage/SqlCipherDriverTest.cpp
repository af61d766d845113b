// The driver as Qt's SQL classes see it: QSqlQuery, QSqlQueryModel and QSqlTableModel on a
// real encrypted file.

#include "storage/driver/SqlCipherDriver.h"
#include "storage/driver/SqlCipherApi.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>

using namespace alongside;

namespace {

QSqlQuery exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    return query;
}

} // namespace

TEST_CASE("every Qt value type round-trips through the driver, and NULLs keep their column type")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlDatabase db = store->database();
    exec(db,
         QStringLiteral(
             "CREATE TABLE sample (i INTEGER, r REAL, t TEXT, b BLOB, d TEXT, dt TEXT, flag INTEGER)"));

    const QByteArray blob("\x00\x01\xfe\xff binary", 11);
    const QString text = QStringLiteral("Gwenllïan said: “I want to stay at home” 👍");
    const QDateTime when(QDate(2026, 3, 3), QTime(14, 5, 6, 789), Qt::UTC);
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO sample VALUES (:i, :r, :t, :b, :d, :dt, :flag)")));
    insert.bindValue(QStringLiteral(":i"), Q_INT64_C(9007199254740993));
    insert.bindValue(QStringLiteral(":r"), 2.5);
    insert.bindValue(QStringLiteral(":t"), text);
    insert.bindValue(QStringLiteral(":b"), blob);
    insert.bindValue(QStringLiteral(":d"), QDate(2026, 2, 28));
    insert.bindValue(QStringLiteral(":dt"), when);
    insert.bindValue(QStringLiteral(":flag"), true);
    REQUIRE(insert.exec());
    CHECK(insert.numRowsAffected() == 1);
    CHECK(insert.lastInsertId().toLongLong() == 1);

    // Typed NULLs and null Qt values are all written as SQL NULL.
    insert.bindValue(QStringLiteral(":i"), QVariant(QMetaType::fromType<qlonglong>()));
    insert.bindValue(QStringLiteral(":r"), QVariant(QMetaType::fromType<double>()));
    insert.bindValue(QStringLiteral(":t"), QString());
    insert.bindValue(QStringLiteral(":b"), QByteArray());
    insert.bindValue(QStringLiteral(":d"), QDate());
    insert.bindValue(QStringLiteral(":dt"), QVariant());
    insert.bindValue(QStringLiteral(":flag"), QVariant(QMetaType::fromType<bool>()));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId().toLongLong() == 2);

    QSqlQuery select = exec(db, QStringLiteral("SELECT i, r, t, b, d, dt, flag FROM sample ORDER BY rowid"));
    REQUIRE(select.next());
    CHECK(select.value(0).toLongLong() == Q_INT64_C(9007199254740993));
    CHECK(select.value(1).toDouble() == 2.5);
    CHECK(select.value(2).toString() == text);
    CHECK(select.value(3).toByteArray() == blob);
    CHECK(select.value(4).toString() == QStringLiteral("2026-02-28"));
    CHECK(QDateTime::fromString(select.value(5).toString(), Qt::ISODateWithMs) == when);
    CHECK(select.value(6).toInt() == 1);

    REQUIRE(select.next());
    for (int column = 0; column < 7; ++column) {
        INFO("column " << column);
        CHECK(select.isNull(column));
        CHECK(select.value(column).isNull());
    }
    CHECK(select.value(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(select.value(1).metaType() == QMetaType::fromType<double>());
    CHECK(select.value(2).metaType() == QMetaType::fromType<QString>());
    CHECK(select.value(3).metaType() == QMetaType::fromType<QByteArray>());
    CHECK_FALSE(select.next());
}

TEST_CASE("a scrollable query can go back and forth; a forward-only one reads every row once")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlDatabase db = store->database();
    exec(db, QStringLiteral("CREATE TABLE n (v INTEGER)"));
    for (int i = 1; i <= 5; ++i)
        exec(db, QStringLiteral("INSERT INTO n VALUES (%1)").arg(i));

    QSqlQuery scrollable = exec(db, QStringLiteral("SELECT v FROM n ORDER BY v"));
    REQUIRE(scrollable.last());
    CHECK(scrollable.value(0).toInt() == 5);
    REQUIRE(scrollable.seek(1));
    CHECK(scrollable.value(0).toInt() == 2);
    REQUIRE(scrollable.previous());
    CHECK(scrollable.value(0).toInt() == 1);
    CHECK_FALSE(scrollable.previous());

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    REQUIRE(forward.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    int sum = 0;
    while (forward.next())
        sum += forward.value(0).toInt();
    CHECK(sum == 15);
}

TEST_CASE("a rolled-back transaction leaves nothing behind and a committed one persists after reopening")
{
    test::TempStoreFolder folder;
    {
        auto store = test::createStore(folder.storePath());
        QSqlDatabase db = store->database();
        exec(db, QStringLiteral("CREATE TABLE t (v TEXT)"));
        REQUIRE(db.transaction());
        exec(db, QStringLiteral("INSERT INTO t VALUES ('rolled back')"));
        REQUIRE(db.rollback());
        REQUIRE(db.transaction());
        exec(db, QStringLiteral("INSERT INTO t VALUES ('committed')"));
        REQUIRE(db.commit());
    }
    auto reopened = test::openStore(folder.storePath());
    REQUIRE(reopened);
    QSqlQuery query = exec(reopened->database(), QStringLiteral("SELECT group_concat(v) FROM t"));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("committed"));
}

TEST_CASE("errors carry SQLite's message and code, and more than one statement at a time is refused")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlQuery query(store->database());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("no such table")));
    CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_ERROR));

    CHECK_FALSE(query.exec(QStringLiteral("CREATE TABLE a (x); CREATE TABLE b (x)")));
    CHECK(query.lastError().driverText().contains(QStringLiteral("multiple statements")));
    CHECK_FALSE(store->database().tables().contains(QStringLiteral("a")));

    REQUIRE(query.prepare(QStringLiteral("SELECT ?, ?")));
    query.addBindValue(1);
    CHECK_FALSE(query.exec());
}

TEST_CASE("QSqlQueryModel and QSqlTableModel read and edit an encrypted table")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlDatabase db = store->database();
    exec(db, QStringLiteral("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT)"));
    exec(db, QStringLiteral("INSERT INTO contact (name, phone) VALUES ('Duty desk', '01632 960000')"));

    CHECK(db.tables().contains(QStringLiteral("contact")));
    CHECK(db.primaryIndex(QStringLiteral("contact")).fieldName(0) == QStringLiteral("id"));
    CHECK(db.record(QStringLiteral("contact")).count() == 3);

    QSqlQueryModel queryModel;
    queryModel.setQuery(QStringLiteral("SELECT name, phone FROM contact"), db);
    REQUIRE_FALSE(queryModel.lastError().isValid());
    CHECK(queryModel.rowCount() == 1);
    CHECK(queryModel.data(queryModel.index(0, 1)).toString() == QStringLiteral("01632 960000"));

    QSqlTableModel table(nullptr, db);
    table.setTable(QStringLiteral("contact"));
    table.setEditStrategy(QSqlTableModel::OnManualSubmit);
    REQUIRE(table.select());
    REQUIRE(table.rowCount() == 1);
    REQUIRE(table.setData(table.index(0, 2), QStringLiteral("01632 960001")));
    const int added = table.rowCount();
    REQUIRE(table.insertRows(added, 1));
    table.setData(table.index(added, 1), QStringLiteral("Out of hours"));
    table.setData(table.index(added, 2), QStringLiteral("01632 960002"));
    INFO(table.lastError().text().toStdString());
    REQUIRE(table.submitAll());

    QSqlQuery check = exec(
        db, QStringLiteral("SELECT group_concat(phone, ',') FROM (SELECT phone FROM contact ORDER BY id)"));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("01632 960001,01632 960002"));
}

TEST_CASE("closing the connection finalises statements that are still mid-result, so the file really closes")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlDatabase db = store->database();
    exec(db, QStringLiteral("CREATE TABLE n (v INTEGER)"));
    exec(db, QStringLiteral("INSERT INTO n VALUES (1)"));
    exec(db, QStringLiteral("INSERT INTO n VALUES (2)"));
    QSqlQuery halfRead = exec(db, QStringLiteral("SELECT v FROM n"));
    REQUIRE(halfRead.next());
    db = QSqlDatabase();
    store->close();
    CHECK_FALSE(halfRead.next());
    CHECK(QSqlDatabase::connectionNames().isEmpty());
    // With the connection closed and its WAL checkpointed, the companions are gone.
    CHECK_FALSE(QFile::exists(folder.storePath() + QStringLiteral("-wal")));
}

TEST_CASE("the driver registers under its own name and Qt's QSQLITE plugin is never loaded")
{
    core::SqlCipherDriver::registerWithQt();
    CHECK(QSqlDatabase::isDriverAvailable(QString::fromLatin1(core::SqlCipherDriver::kDriverName)));
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    exec(store->database(), QStringLiteral("SELECT 1"));
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    CHECK_FALSE(maps.readAll().contains("libqsqlite"));
#endif
}

TEST_CASE("the driver refuses a wrong raw key through QSqlDatabase as well")
{
    test::TempStoreFolder folder;
    test::createStore(folder.storePath())->close();
    core::SqlCipherDriver::registerWithQt();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(core::SqlCipherDriver::kDriverName),
                                                    QStringLiteral("generic"));
        db.setDatabaseName(folder.storePath());
        db.setPassword(QStringLiteral("x'") + QString(64, QLatin1Char('0')) + QStringLiteral("'"));
        CHECK_FALSE(db.open());
        CHECK(db.lastError().nativeErrorCode() == QString::number(SQLITE_NOTADB));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generic"));
}
