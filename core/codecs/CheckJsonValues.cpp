#include "codecs/CheckJsonValues.h"

namespace alongside::core::checkjson {

void putText(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putTexts(QJsonObject& object, const QString& key, const QStringList& values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

void putDate(QJsonObject& object, const QString& key, const QDate& value)
{
    if (value.isValid())
        object.insert(key, value.toString(Qt::ISODate));
}

void putDateTime(QJsonObject& object, const QString& key, const QDateTime& value)
{
    if (!value.isValid())
        return;
    // The reader requires the UTC offset; the moment keeps the offset it was recorded with.
    const QDateTime withOffset = value.toOffsetFromUtc(value.offsetFromUtc());
    object.insert(key, withOffset.toString(value.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs));
}

void putAnswer(QJsonObject& object, const QString& key, YesNoUnknown value)
{
    if (value != YesNoUnknown::NotKnown)
        object.insert(key, storageCode(value));
}

void putFlag(QJsonObject& object, const QString& key, bool value)
{
    if (value)
        object.insert(key, true);
}

void putObject(QJsonObject& object, const QString& key, const QJsonObject& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putArray(QJsonObject& object, const QString& key, const QJsonArray& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace alongside::core::checkjson
