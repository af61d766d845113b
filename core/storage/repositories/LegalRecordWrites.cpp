#include "storage/repositories/LegalRecordWrites.h"

#include "storage/repositories/StoredValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace alongside::core::legalrecords {

namespace {

void flatten(const QJsonValue& value, const QString& path, RecordFields* fields)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), fields);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i + 1), fields);
    } else if (value.isBool()) {
        fields->emplace_back(path, value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    } else if (value.isDouble()) {
        fields->emplace_back(path, QString::number(value.toDouble()));
    } else if (value.isString()) {
        fields->emplace_back(path, value.toString());
    }
}

} // namespace

void refuse(const QString& message)
{
    throw WriteRefused{message};
}

void requireCase(const QSqlDatabase& db, qint64 caseId)
{
    if (!selectValue(db, QStringLiteral("SELECT id FROM safeguarding_case WHERE id = ?"), {caseId}).isValid())
        refuse(LegalRecordText::tr("There is no case %1 in this store.").arg(caseId));
}

qint64 caseOfRow(const QSqlDatabase& db, const QString& table, qint64 rowId, const char* missing)
{
    const QVariant caseId = selectValue(db, QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table),
                                        {rowId});
    if (!caseId.isValid())
        refuse(LegalRecordText::tr(missing).arg(rowId));
    return caseId.toLongLong();
}

void requireRowOfCase(const QSqlDatabase& db, const QString& table, qint64 rowId, qint64 caseId,
                      const char* missing)
{
    const QVariant found = selectValue(db, QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table),
                                       {rowId});
    if (!found.isValid() || found.toLongLong() != caseId)
        refuse(LegalRecordText::tr(missing).arg(rowId));
}

void requireText(const QString& value, const QString& what)
{
    if (value.trimmed().isEmpty())
        refuse(LegalRecordText::tr("%1: please say what it is.").arg(what));
}

void requireDayNotAfter(const QDate& day, const QDate& today, const QString& what)
{
    if (!day.isValid())
        refuse(LegalRecordText::tr("%1: please give the date.").arg(what));
    if (day > today)
        refuse(LegalRecordText::tr("%1: %2 is after today; a record says what has happened.")
                   .arg(what, QLocale().toString(day, QLocale::LongFormat)));
}

RecordFields fieldsOfJson(const QJsonObject& object)
{
    RecordFields fields;
    flatten(object, {}, &fields);
    return fields;
}

QJsonObject jsonObjectOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QSqlQuery preparedRead(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query;
}

} // namespace alongside::core::legalrecords
