#include "storage/Migrations.h"

#include "storage/CipherSettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace alongside::core {

namespace {

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> steps;

    steps.push_back({1, QStringLiteral("people, cases and case notes"), {
        QStringLiteral("PRAGMA application_id = %1").arg(kAlongsideApplicationId),
        QStringLiteral(
            "CREATE TABLE person ("
            " id INTEGER PRIMARY KEY,"
            " given_name TEXT NOT NULL,"
            " family_name TEXT NOT NULL,"
            " preferred_name TEXT,"
            " date_of_birth TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE safeguarding_case ("
            " id INTEGER PRIMARY KEY,"
            " person_id INTEGER NOT NULL REFERENCES person(id),"
            " reference TEXT NOT NULL UNIQUE,"
            " stage TEXT NOT NULL,"
            " concern_received_on TEXT NOT NULL,"
            " closed_on TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX safeguarding_case_by_person ON safeguarding_case(person_id)"),
        QStringLiteral(
            "CREATE TABLE case_note ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id),"
            " written_at TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_note_by_case ON case_note(case_id, written_at)"),
    }});

    // Text being typed is saved here as the practitioner writes and before the store locks,
    // so a flat battery or an auto-lock loses at most a few seconds, and never to clear text.
    steps.push_back({2, QStringLiteral("drafts of unsaved text"), {
        QStringLiteral(
            "CREATE TABLE draft ("
            " draft_key TEXT PRIMARY KEY,"
            " body TEXT NOT NULL,"
            " saved_at TEXT NOT NULL)"),
    }});

    return steps;
}

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().toVersion;
}

int schemaVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString migrateSchema(QSqlDatabase& db, int targetVersion)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return QStringLiteral("could not read the schema version: %1").arg(db.lastError().text());
    for (const Migration& step : schemaMigrations()) {
        if (step.toVersion <= current || step.toVersion > targetVersion)
            continue;
        if (!db.transaction())
            return QStringLiteral("step %1: %2").arg(step.toVersion).arg(db.lastError().text());
        QSqlQuery query(db);
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                const QString failure = QStringLiteral("step %1 (%2): %3")
                                            .arg(step.toVersion)
                                            .arg(step.purpose, query.lastError().text());
                query.finish();
                db.rollback();
                return failure;
            }
        }
        // user_version is written inside the same transaction, so a step is all or nothing.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion))) {
            const QString failure = query.lastError().text();
            db.rollback();
            return failure;
        }
        query.finish();
        if (!db.commit())
            return QStringLiteral("step %1: %2").arg(step.toVersion).arg(db.lastError().text());
    }
    return {};
}

} // namespace alongside::core
