#include "DriverWorkload.h"

#include "BenchQueries.h"

#include "storage/driver/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <stdexcept>

namespace alongside::bench {

namespace {

[[noreturn]] void fail(const QSqlError& error, const char* what)
{
    throw std::runtime_error(std::string("driver: ") + what + ": " + error.text().toStdString());
}

QSqlQuery prepared(const QSqlDatabase& db, const char* sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(sql)))
        fail(query.lastError(), sql);
    return query;
}

void execOrFail(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), "exec");
}

QVariant nullable(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

void DriverWorkload::insert(const SyntheticCaseloadQt& caseload)
{
    if (!m_db.transaction())
        fail(m_db.lastError(), "begin");
    {
        QSqlQuery person = prepared(m_db, kInsertPersonSql);
        for (const auto& p : caseload.people) {
            person.addBindValue(p.givenName);
            person.addBindValue(p.familyName);
            person.addBindValue(nullable(p.preferredName));
            person.addBindValue(nullable(p.dateOfBirth));
            person.addBindValue(p.createdAt);
            execOrFail(person);
        }
        QSqlQuery safeguardingCase = prepared(m_db, kInsertCaseSql);
        for (const auto& c : caseload.cases) {
            safeguardingCase.addBindValue(c.personId);
            safeguardingCase.addBindValue(c.reference);
            safeguardingCase.addBindValue(c.stage);
            safeguardingCase.addBindValue(c.concernReceivedOn);
            safeguardingCase.addBindValue(nullable(c.closedOn));
            safeguardingCase.addBindValue(c.createdAt);
            execOrFail(safeguardingCase);
        }
        QSqlQuery note = prepared(m_db, kInsertNoteSql);
        for (const auto& n : caseload.notes) {
            note.addBindValue(n.caseId);
            note.addBindValue(n.writtenAt);
            note.addBindValue(n.author);
            note.addBindValue(n.body);
            execOrFail(note);
        }
    }
    if (!m_db.commit())
        fail(m_db.lastError(), "commit");
}

void DriverWorkload::insertJourneys(const SyntheticJourneys& journeys)
{
    if (!m_db.transaction())
        fail(m_db.lastError(), "begin");
    for (const JourneyTable& table : journeys.tables) {
        QSqlQuery query(m_db);
        if (!query.prepare(table.sql))
            fail(query.lastError(), "journey insert");
        for (const QVariantList& row : table.rows) {
            for (const QVariant& value : row)
                query.addBindValue(value);
            execOrFail(query);
        }
    }
    if (!m_db.commit())
        fail(m_db.lastError(), "commit");
}

qint64 DriverWorkload::firstQuery() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(kFirstQuerySql)) || !query.next())
        fail(query.lastError(), kFirstQuerySql);
    return query.value(0).toLongLong();
}

std::vector<RowQt> DriverWorkload::caseload(const QString& sql) const
{
    std::vector<RowQt> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query.lastError(), "caseload");
    const auto columns = static_cast<std::size_t>(query.record().count());
    while (query.next()) {
        RowQt row(columns);
        for (std::size_t i = 0; i < columns; ++i) {
            const QVariant value = query.value(static_cast<int>(i));
            if (value.typeId() == QMetaType::LongLong)
                row[i].integer = value.toLongLong();
            else
                row[i].text = value.toString();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

CaseFileQt DriverWorkload::caseFile(qint64 caseId) const
{
    CaseFileQt file;
    QSqlQuery header = prepared(m_db, kCaseHeaderSql);
    header.addBindValue(caseId);
    execOrFail(header);
    if (header.next()) {
        file.caseId = header.value(0).toLongLong();
        file.personId = header.value(1).toLongLong();
        file.reference = header.value(2).toString();
        file.stage = header.value(3).toString();
        file.concernReceivedOn = header.value(4).toString();
        file.closedOn = header.value(5).toString();
        file.caseCreatedAt = header.value(6).toString();
        file.givenName = header.value(7).toString();
        file.familyName = header.value(8).toString();
        file.preferredName = header.value(9).toString();
        file.dateOfBirth = header.value(10).toString();
        file.personCreatedAt = header.value(11).toString();
    }
    QSqlQuery notes = prepared(m_db, kCaseNotesSql);
    notes.addBindValue(caseId);
    execOrFail(notes);
    while (notes.next()) {
        CaseNoteRowOf<QString, QString> note;
        note.noteId = notes.value(0).toLongLong();
        note.caseId = notes.value(1).toLongLong();
        note.writtenAt = notes.value(2).toString();
        note.author = notes.value(3).toString();
        note.body = notes.value(4).toString();
        file.notes.push_back(std::move(note));
    }
    return file;
}

std::vector<StageCountQt> DriverWorkload::notesPerStage() const
{
    std::vector<StageCountQt> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(kNotesPerStageSql)))
        fail(query.lastError(), "notes per stage");
    while (query.next())
        rows.push_back({query.value(0).toString(), query.value(1).toLongLong()});
    return rows;
}

sqlite3* driverHandle(const QSqlDatabase& db)
{
    const auto* driver = qobject_cast<const core::SqlCipherDriver*>(db.driver());
    if (!driver)
        throw std::runtime_error("the store's connection is not an SqlCipherDriver");
    return driver->connection();
}

QSqlDatabase openDriverConnection(const QString& path, const core::SecretBytes& rawKeySpec,
                                  const QString& connectionName)
{
    auto* driver = new core::SqlCipherDriver;
    if (!driver->openWithKey(path, rawKeySpec, core::SqlCipherDriver::OpenMode::ExistingFile)) {
        const QSqlError error = driver->lastError();
        delete driver;
        fail(error, "open");
    }
    return QSqlDatabase::addDatabase(driver, connectionName);
}

void closeDriverConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace alongside::bench
