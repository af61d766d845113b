#include "codecs/CheckFields.h"

#include "codecs/CheckInputText.h"

#include <QJsonArray>

#include <cmath>

namespace alongside::core {

namespace {

// A century of days: anything longer is a typing mistake, not a placement.
constexpr double kMostDays = 36525;

} // namespace

CheckFields::CheckFields(const QJsonObject& object, const QString& path, CaseFileProblems* problems)
    : m_object(object), m_path(path), m_problems(problems), m_fields(object, path, problems)
{}

QString CheckFields::text(const QString& key)
{
    m_keys.insert(key);
    return m_fields.text(key);
}

QStringList CheckFields::texts(const QString& key)
{
    m_keys.insert(key);
    return m_fields.texts(key);
}

bool CheckFields::flag(const QString& key)
{
    m_keys.insert(key);
    return m_fields.flag(key);
}

QDate CheckFields::date(const QString& key)
{
    m_keys.insert(key);
    return m_fields.date(key);
}

QDateTime CheckFields::dateTime(const QString& key)
{
    m_keys.insert(key);
    return m_fields.dateTime(key);
}

YesNoUnknown CheckFields::answer(const QString& key)
{
    return code<YesNoUnknown>(key, CheckInputText::tr("recognised answer")).value_or(YesNoUnknown::NotKnown);
}

YesNoUnknown CheckFields::answerOrFlag(const QString& key)
{
    const QJsonValue found = m_object.value(key);
    if (found.isBool()) {
        m_keys.insert(key);
        return found.toBool() ? YesNoUnknown::Yes : YesNoUnknown::No;
    }
    return answer(key);
}

std::optional<int> CheckFields::days(const QString& key)
{
    m_keys.insert(key);
    const std::optional<QJsonValue> found = m_fields.value(key, Presence::Optional);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble(-1);
    if (!found->isDouble() || number < 0 || number > kMostDays || number != std::floor(number)) {
        m_fields.problem(m_fields.pathOf(key),
                         CheckInputText::tr("expected a whole number of days, found %1")
                             .arg(found->isDouble() ? QString::number(number) : describeJsonType(*found)));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

void CheckFields::wrongType(const QString& path, const QJsonValue& value, const QString& expected)
{
    m_problems->push_back(
        {path, CheckInputText::tr("expected %1, found %2").arg(expected, describeJsonType(value))});
}

bool CheckFields::object(const QString& key, const std::function<void(CheckFields&)>& read, Presence presence)
{
    m_keys.insert(key);
    const std::optional<QJsonValue> found = m_fields.value(key, presence);
    if (!found)
        return false;
    if (!found->isObject()) {
        wrongType(m_fields.pathOf(key), *found, CheckInputText::tr("an object"));
        return false;
    }
    CheckFields child(found->toObject(), m_fields.pathOf(key), m_problems);
    read(child);
    child.finish();
    return true;
}

void CheckFields::objects(const QString& key, const std::function<void(CheckFields&)>& read)
{
    m_keys.insert(key);
    const std::optional<QJsonValue> found = m_fields.value(key, Presence::Optional);
    if (!found)
        return;
    if (!found->isArray()) {
        wrongType(m_fields.pathOf(key), *found, CheckInputText::tr("a list of objects"));
        return;
    }
    const QJsonArray items = found->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = m_fields.pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            wrongType(itemPath, items.at(i), CheckInputText::tr("an object"));
            continue;
        }
        CheckFields child(items.at(i).toObject(), itemPath, m_problems);
        read(child);
        child.finish();
    }
}

void CheckFields::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_keys.contains(it.key()))
            m_problems->push_back({m_path + u'.' + it.key(), CheckInputText::tr("unknown field")});
    }
}

} // namespace alongside::core
