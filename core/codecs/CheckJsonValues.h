#pragma once

// Small helpers shared by the check-input writers. Internal to core/exchange.

#include "model/Answers.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace alongside::core::checkjson {

// Each puts `key` only when there is something to say, so the written object reads back the same.
void putText(QJsonObject& object, const QString& key, const QString& value);
void putTexts(QJsonObject& object, const QString& key, const QStringList& values);
void putDate(QJsonObject& object, const QString& key, const QDate& value);
// With the offset it was recorded with, and milliseconds only when there are some.
void putDateTime(QJsonObject& object, const QString& key, const QDateTime& value);
void putAnswer(QJsonObject& object, const QString& key, YesNoUnknown value);
void putFlag(QJsonObject& object, const QString& key, bool value);
void putObject(QJsonObject& object, const QString& key, const QJsonObject& value);
void putArray(QJsonObject& object, const QString& key, const QJsonArray& value);

template <typename Enum>
QJsonArray codeArray(const QList<Enum>& values)
{
    QJsonArray array;
    for (Enum value : values)
        array.append(storageCode(value));
    return array;
}

} // namespace alongside::core::checkjson
