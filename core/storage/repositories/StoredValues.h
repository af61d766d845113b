#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

namespace alongside::core::stored {

// How case values are written as SQLite text, in one place so every repository reads back
// what another wrote. Dates are ISO days; moments are local ISO date-times to the second
// (practitioners in England work in local time, and "the same day" means their day); optional
// text is NULL when empty.

QVariant text(const QString& value);     // NULL when empty
QVariant date(const QDate& value);       // NULL when null
QVariant time(const QTime& value);       // HH:mm:ss, NULL when null
QVariant moment(const QDateTime& value); // NULL when invalid
QVariant flag(bool value);

QDate toDate(const QVariant& value);
QTime toTime(const QVariant& value);
// Also reads a bare day ("2025-12-02"), as version 1 stores may hold, as midnight.
QDateTime toMoment(const QVariant& value);

// A list of short texts (who was present) kept in one column, unambiguously.
QString list(const QStringList& values);
QStringList toList(const QVariant& value);

// The text history shows for a value.
QString shown(const QDate& value);
QString shown(const QTime& value);
QString shown(const QDateTime& value);
QString shown(bool value);

} // namespace alongside::core::stored
