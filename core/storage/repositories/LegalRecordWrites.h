#pragma once

// What the capacity, advocacy and risk enablement repositories share: one transaction with one
// history writer per change, refusals in plain words, and the history of a record kept as JSON.
// Internal to core/storage.

#include "storage/repositories/HistoryWrite.h"
#include "storage/repositories/RecordFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace alongside::core::legalrecords {

// Messages of the legal-record repositories, in one translation context lupdate can see.
struct LegalRecordText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LegalRecords)
};

[[noreturn]] void refuse(const QString& message);

void requireCase(const QSqlDatabase& db, qint64 caseId);
// The case a row of `table` belongs to; refused with `missing` (%1 = the id) when there is none.
qint64 caseOfRow(const QSqlDatabase& db, const QString& table, qint64 rowId, const char* missing);
// Refused unless the row of `table` exists and belongs to `caseId`.
void requireRowOfCase(const QSqlDatabase& db, const QString& table, qint64 rowId, qint64 caseId,
                      const char* missing);

void requireText(const QString& value, const QString& what);
// A day that is given and not after `today`: `what` names it in the refusal.
void requireDayNotAfter(const QDate& day, const QDate& today, const QString& what);

// Every filled leaf of a record, as "functionalTest.understand.evidence" → value, so the
// history says which part of a record changed, from what to what.
RecordFields fieldsOfJson(const QJsonObject& object);

QJsonObject jsonObjectOf(const QVariant& text);
QVariant optionalId(const std::optional<qint64>& id);
std::optional<qint64> toOptionalId(const QVariant& value);

// A prepared read; `values` bound in order. Check exec() yourself.
QSqlQuery preparedRead(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

} // namespace alongside::core::legalrecords
