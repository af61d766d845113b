#include "codecs/JsonFieldReader.h"

#include "codecs/CaseFileText.h"
#include "codecs/CaseFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace alongside::core {

namespace {

QString quoted(const QString& text)
{
    return u'"' + text + u'"';
}

QString quotedList(const QStringList& items)
{
    QStringList quotedItems;
    for (const QString& item : items)
        quotedItems << quoted(item);
    return quotedItems.join(QStringLiteral(", "));
}

bool matches(const QString& text, QLatin1String pattern)
{
    const QRegularExpression expression(pattern);
    return expression.match(text).hasMatch();
}

} // namespace

QString describeJsonType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return CaseFileText::tr("null");
    case QJsonValue::Bool:
        return CaseFileText::tr("true or false");
    case QJsonValue::Double:
        return CaseFileText::tr("a number");
    case QJsonValue::String:
        return CaseFileText::tr("text");
    case QJsonValue::Array:
        return CaseFileText::tr("a list");
    case QJsonValue::Object:
        return CaseFileText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CaseFileText::tr("nothing");
}

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path, CaseFileProblems* problems, int version)
    : m_object(std::move(object)), m_path(std::move(path)), m_problems(problems), m_version(version)
{}

QString JsonFieldReader::pathOf(const QString& key) const
{
    return m_path + u'.' + key;
}

void JsonFieldReader::problem(const QString& path, const QString& reason)
{
    m_problems->push_back({path, reason});
}

void JsonFieldReader::wrongType(const QString& path, const QJsonValue& value, const QString& expected)
{
    problem(path, CaseFileText::tr("expected %1, found %2").arg(expected, describeJsonType(value)));
}

std::optional<QJsonValue> JsonFieldReader::value(const QString& key, Presence presence)
{
    m_read.insert(key);
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd() || found->isNull()) {
        if (presence == Presence::Required) {
            problem(pathOf(key),
                    found == m_object.constEnd() ? CaseFileText::tr("required field is missing")
                                                 : CaseFileText::tr("required field is null"));
        }
        return std::nullopt;
    }
    return *found;
}

std::optional<QString> JsonFieldReader::takeString(const QString& key, Presence presence)
{
    const std::optional<QJsonValue> found = value(key, presence);
    if (!found)
        return std::nullopt;
    if (!found->isString()) {
        wrongType(pathOf(key), *found, CaseFileText::tr("text"));
        return std::nullopt;
    }
    return found->toString();
}

QString JsonFieldReader::text(const QString& key, Presence presence)
{
    return takeString(key, presence).value_or(QString());
}

QString JsonFieldReader::nonBlankText(const QString& key)
{
    const std::optional<QString> value = takeString(key, Presence::Required);
    if (value && value->trimmed().isEmpty())
        problem(pathOf(key), CaseFileText::tr("must not be empty"));
    return value.value_or(QString());
}

bool JsonFieldReader::flag(const QString& key, Presence presence)
{
    const std::optional<QJsonValue> found = value(key, presence);
    if (!found)
        return false;
    if (!found->isBool()) {
        wrongType(pathOf(key), *found, CaseFileText::tr("true or false"));
        return false;
    }
    return found->toBool();
}

QDate JsonFieldReader::date(const QString& key, Presence presence)
{
    const std::optional<QString> value = takeString(key, presence);
    if (!value)
        return {};
    if (!matches(*value, caseformat::kDatePattern)) {
        problem(pathOf(key), CaseFileText::tr("%1 is not a date in the form YYYY-MM-DD").arg(quoted(*value)));
        return {};
    }
    const QDate parsed = QDate::fromString(*value, Qt::ISODate);
    if (!parsed.isValid())
        problem(pathOf(key), CaseFileText::tr("%1 is not a real date").arg(quoted(*value)));
    return parsed;
}

QDateTime JsonFieldReader::dateTime(const QString& key, Presence presence)
{
    const std::optional<QString> value = takeString(key, presence);
    if (!value)
        return {};
    if (!matches(*value, caseformat::kDateTimePattern)) {
        problem(pathOf(key),
                CaseFileText::tr("%1 is not a date and time with its UTC offset, "
                                 "like 2026-03-14T10:30:00+00:00")
                    .arg(quoted(*value)));
        return {};
    }
    const QDateTime parsed = QDateTime::fromString(*value, Qt::ISODateWithMs);
    if (!parsed.isValid())
        problem(pathOf(key), CaseFileText::tr("%1 is not a real date and time").arg(quoted(*value)));
    return parsed;
}

QTime JsonFieldReader::timeOfDay(const QString& key)
{
    const std::optional<QString> value = takeString(key, Presence::Optional);
    if (!value)
        return {};
    const QTime parsed = QTime::fromString(*value, Qt::ISODate);
    if (!matches(*value, caseformat::kTimePattern) || !parsed.isValid()) {
        problem(pathOf(key),
                CaseFileText::tr("%1 is not a time of day in the form HH:MM").arg(quoted(*value)));
        return {};
    }
    return parsed;
}

qint64 JsonFieldReader::position(const QString& key)
{
    const std::optional<QJsonValue> found = value(key, Presence::Optional);
    if (!found)
        return -1;
    const double number = found->toDouble(-1.0);
    if (!found->isDouble() || number < 0 || number != std::floor(number) || number > 1e9) {
        problem(pathOf(key),
                CaseFileText::tr("expected a position in the list (0 for the first), found %1")
                    .arg(found->isDouble() ? QString::number(number) : describeJsonType(*found)));
        return -1;
    }
    return static_cast<qint64>(number);
}

std::vector<std::optional<QString>> JsonFieldReader::textItems(const QString& key, Presence presence)
{
    std::vector<std::optional<QString>> result;
    const std::optional<QJsonValue> found = value(key, presence);
    if (!found)
        return result;
    if (!found->isArray()) {
        wrongType(pathOf(key), *found, CaseFileText::tr("a list of text"));
        return result;
    }
    const QJsonArray items = found->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).isString()) {
            result.emplace_back(items.at(i).toString());
        } else {
            wrongType(pathOf(key) + QStringLiteral("[%1]").arg(i), items.at(i), CaseFileText::tr("text"));
            result.emplace_back();
        }
    }
    return result;
}

QStringList JsonFieldReader::texts(const QString& key, Presence presence)
{
    QStringList result;
    for (const std::optional<QString>& item : textItems(key, presence))
        result << item.value_or(QString());
    return result;
}

QString JsonFieldReader::oneOf(const QString& key, const QStringList& allowed, const QString& what,
                               Presence presence)
{
    const std::optional<QString> value = takeString(key, presence);
    if (!value || (value->isEmpty() && presence == Presence::Optional))
        return {};
    if (allowed.contains(*value))
        return *value;
    problem(pathOf(key),
            CaseFileText::tr("%1 is not a %2; expected one of %3")
                .arg(quoted(*value), what, quotedList(allowed)));
    return {};
}

QStringList JsonFieldReader::someOf(const QString& key, const QStringList& allowed, const QString& what,
                                    Presence presence)
{
    const std::size_t before = m_problems->size();
    const std::vector<std::optional<QString>> items = textItems(key, presence);
    if (presence == Presence::Required && items.empty() && m_problems->size() == before)
        problem(pathOf(key), CaseFileText::tr("at least one %1 is needed").arg(what));
    QStringList result;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i])
            continue; // already reported as the wrong type
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        const QString& item = *items[i];
        if (!allowed.contains(item)) {
            problem(itemPath,
                    CaseFileText::tr("%1 is not a %2; expected one of %3")
                        .arg(quoted(item), what, quotedList(allowed)));
        } else if (result.contains(item)) {
            problem(itemPath, CaseFileText::tr("%1 is listed more than once").arg(quoted(item)));
        } else {
            result << item;
        }
    }
    return result;
}

bool JsonFieldReader::object(const QString& key, Presence presence,
                             const std::function<void(JsonFieldReader&)>& read)
{
    const std::optional<QJsonValue> found = value(key, presence);
    if (!found)
        return false;
    if (!found->isObject()) {
        wrongType(pathOf(key), *found, CaseFileText::tr("an object"));
        return false;
    }
    JsonFieldReader child(found->toObject(), pathOf(key), m_problems, m_version);
    read(child);
    child.finish();
    return true;
}

void JsonFieldReader::objects(const QString& key, Presence presence,
                              const std::function<void(JsonFieldReader&, qsizetype)>& read)
{
    const std::optional<QJsonValue> found = value(key, presence);
    if (!found)
        return;
    if (!found->isArray()) {
        wrongType(pathOf(key), *found, CaseFileText::tr("a list"));
        return;
    }
    const QJsonArray items = found->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            wrongType(itemPath, items.at(i), CaseFileText::tr("an object"));
            continue;
        }
        JsonFieldReader child(items.at(i).toObject(), itemPath, m_problems, m_version);
        read(child, i);
        child.finish();
    }
}

void JsonFieldReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            problem(
                pathOf(it.key()),
                CaseFileText::tr("unknown field (not part of version %1 of the case format)").arg(m_version));
        }
    }
}

} // namespace alongside::core
