#include "storage/repositories/StoredValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace alongside::core::stored {

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant time(const QTime& value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("HH:mm:ss")))
                           : QVariant(QMetaType::fromType<QString>());
}

QVariant moment(const QDateTime& value)
{
    return value.isValid() ? QVariant(shown(value)) : QVariant(QMetaType::fromType<QString>());
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

namespace {

// Reads the fixed-width numbers this file writes ("2026-03-02", "14:05:00") without the
// general ISO parser, which dominates a caseload of thousands of rows. -1 if not digits.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDate parseDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text.toString(), Qt::ISODate);
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)); // invalid if any -1
}

QTime parseTime(QStringView text)
{
    if (text.size() != 8 || text[2] != u':' || text[5] != u':')
        return QTime::fromString(text.toString(), Qt::ISODate);
    return QTime(digitsAt(text, 0, 2), digitsAt(text, 3, 2), digitsAt(text, 6, 2));
}

} // namespace

QDate toDate(const QVariant& value)
{
    const QString text = value.toString();
    return text.size() == 10 ? parseDate(text) : QDate::fromString(text, Qt::ISODate);
}

QTime toTime(const QVariant& value)
{
    return parseTime(value.toString());
}

QDateTime toMoment(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() == 10)
        return QDateTime(parseDate(text), QTime(0, 0));
    // Written by shown(): local wall-clock time, "yyyy-MM-ddTHH:mm:ss", no offset.
    if (text.size() == 19 && text[10] == u'T')
        return QDateTime(parseDate(QStringView(text).left(10)), parseTime(QStringView(text).mid(11)));
    return QDateTime::fromString(text, Qt::ISODate).toLocalTime();
}

QString list(const QStringList& values)
{
    if (values.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList toList(const QVariant& value)
{
    QStringList values;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    for (const QJsonValue& item : document.array())
        values << item.toString();
    return values;
}

QString shown(const QDate& value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString shown(const QTime& value)
{
    return value.isValid() ? value.toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString shown(const QDateTime& value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QString shown(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace alongside::core::stored
