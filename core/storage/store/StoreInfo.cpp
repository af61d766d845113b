#include "storage/store/StoreInfo.h"

#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/store/Store.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

QString pragmaText(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

StoreInfo readStoreInfo(const Store& store)
{
    const QSqlDatabase db = store.database();
    StoreInfo info;
    info.path = store.path();
    info.fileBytes = QFileInfo(store.path()).size();
    info.schemaVersion = schemaVersion(db);
    info.latestSchemaVersion = latestSchemaVersion();
    info.kdfVersion = store.kdfVersion();
    info.cipherVersion = pragmaText(db, QStringLiteral("cipher_version"));
    info.cipherPageSize = pragmaText(db, QStringLiteral("cipher_page_size")).toInt();
    info.journalMode = pragmaText(db, QStringLiteral("journal_mode"));
    const CaseloadRepository caseload(db);
    info.people = caseload.countPeople();
    info.cases = caseload.countCases();
    info.notes = caseload.countNotes();
    info.drafts = DraftRepository(db).count();
    // The counts read every table's pages; one that fails means a page failed its HMAC check.
    if (info.people < 0 || info.cases < 0 || info.notes < 0 || info.drafts < 0)
        info.error = StoreError::make(StoreErrorKind::Damaged,
                                      QStringLiteral("a table could not be counted"));
    return info;
}

IntegrityReport verifyStore(const Store& store)
{
    IntegrityReport report;
    const QSqlDatabase db = store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto damaged = [&report](const QSqlError& failure) {
        report.ok = false;
        report.error = StoreError::make(StoreErrorKind::Damaged, failure.text());
        report.problems << failure.text();
        return report;
    };
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return damaged(query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << line;
    }
    if (query.lastError().isValid())
        return damaged(query.lastError());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return damaged(query.lastError());
    while (query.next()) {
        report.problems << QStringLiteral("row %1 of %2 refers to a missing row in %3")
                               .arg(query.value(1).toString(), query.value(0).toString(),
                                    query.value(2).toString());
    }
    report.ok = report.problems.isEmpty();
    if (!report.ok)
        report.error = StoreError::make(StoreErrorKind::Damaged, report.problems.join(u'\n'));
    return report;
}

} // namespace alongside::core
