#include "RawWorkload.h"

#include "BenchQueries.h"

#include "storage/driver/SqlCipherApi.h"
#include "storage/schema/Migrations.h"

#include <QByteArray>

namespace alongside::bench {

RowRaw readRow(const RawStatement& statement, std::size_t columns)
{
    RowRaw row(columns);
    for (std::size_t i = 0; i < columns; ++i) {
        const int column = static_cast<int>(i);
        switch (statement.columnType(column)) {
        case SQLITE_INTEGER:
            row[i].integer = statement.integer(column);
            break;
        case SQLITE_NULL:
            break;
        default:
            row[i].text = statement.text(column);
            break;
        }
    }
    return row;
}

void RawWorkload::createSchema()
{
    for (const core::Migration& step : core::schemaMigrations()) {
        m_connection.exec("BEGIN IMMEDIATE");
        for (const QString& statement : step.statements)
            m_connection.exec(statement.toUtf8().constData());
        m_connection.exec(("PRAGMA user_version = " + QByteArray::number(step.toVersion)).constData());
        m_connection.exec("COMMIT");
    }
}

void RawWorkload::insert(const SyntheticCaseload& caseload)
{
    m_connection.exec("BEGIN IMMEDIATE");
    {
        RawStatement person(m_connection.handle(), kInsertPersonSql);
        for (const auto& p : caseload.people) {
            person.bind(1, p.givenName);
            person.bind(2, p.familyName);
            person.bind(3, p.preferredName);
            person.bind(4, p.dateOfBirth);
            person.bind(5, p.createdAt);
            person.step();
            person.reset();
        }
        RawStatement safeguardingCase(m_connection.handle(), kInsertCaseSql);
        for (const auto& c : caseload.cases) {
            safeguardingCase.bind(1, c.personId);
            safeguardingCase.bind(2, c.reference);
            safeguardingCase.bind(3, c.stage);
            safeguardingCase.bind(4, c.concernReceivedOn);
            safeguardingCase.bind(5, c.closedOn);
            safeguardingCase.bind(6, c.createdAt);
            safeguardingCase.step();
            safeguardingCase.reset();
        }
        RawStatement note(m_connection.handle(), kInsertNoteSql);
        for (const auto& n : caseload.notes) {
            note.bind(1, n.caseId);
            note.bind(2, n.writtenAt);
            note.bind(3, n.author);
            note.bind(4, n.body);
            note.step();
            note.reset();
        }
    }
    m_connection.exec("COMMIT");
}

qint64 RawWorkload::firstQuery() const
{
    RawStatement count(m_connection.handle(), kFirstQuerySql);
    return count.step() ? count.integer(0) : -1;
}

std::vector<RowRaw> RawWorkload::caseload(const std::string& sql) const
{
    std::vector<RowRaw> rows;
    RawStatement query(m_connection.handle(), sql.c_str());
    const auto columns = static_cast<std::size_t>(query.columnCount());
    while (query.step())
        rows.push_back(readRow(query, columns));
    return rows;
}

CaseFileRaw RawWorkload::caseFile(qint64 caseId) const
{
    CaseFileRaw file;
    RawStatement header(m_connection.handle(), kCaseHeaderSql);
    header.bind(1, caseId);
    if (header.step()) {
        file.caseId = header.integer(0);
        file.personId = header.integer(1);
        file.reference = header.text(2);
        file.stage = header.text(3);
        file.concernReceivedOn = header.text(4);
        file.closedOn = header.optionalText(5);
        file.caseCreatedAt = header.text(6);
        file.givenName = header.text(7);
        file.familyName = header.text(8);
        file.preferredName = header.optionalText(9);
        file.dateOfBirth = header.optionalText(10);
        file.personCreatedAt = header.text(11);
    }
    RawStatement notes(m_connection.handle(), kCaseNotesSql);
    notes.bind(1, caseId);
    while (notes.step()) {
        CaseNoteRowOf<std::string, std::optional<std::string>> note;
        note.noteId = notes.integer(0);
        note.caseId = notes.integer(1);
        note.writtenAt = notes.text(2);
        note.author = notes.text(3);
        note.body = notes.text(4);
        file.notes.push_back(std::move(note));
    }
    return file;
}

std::vector<StageCountRaw> RawWorkload::notesPerStage() const
{
    std::vector<StageCountRaw> rows;
    RawStatement query(m_connection.handle(), kNotesPerStageSql);
    while (query.step())
        rows.push_back({query.text(0), query.integer(1)});
    return rows;
}

} // namespace alongside::bench
