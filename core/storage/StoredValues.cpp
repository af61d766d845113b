#include "storage/StoredValues.h"

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

QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QTime toTime(const QVariant& value)
{
    return QTime::fromString(value.toString(), Qt::ISODate);
}

QDateTime toMoment(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
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
