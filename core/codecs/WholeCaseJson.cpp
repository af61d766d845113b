#include "codecs/WholeCaseJson.h"

#include "codecs/CaseFileText.h"
#include "codecs/CaseFormat.h"
#include "codecs/JsonFieldReader.h"
#include "codecs/WholeCaseLegalRecords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace alongside::core {

using wholecase::Field;
using wholecase::FieldKind;
using wholecase::Kind;
using wholecase::kinds;

namespace {

QString name(const char* text)
{
    return QLatin1String(text);
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.metaType() == QMetaType::fromType<QJsonValue>())
        return value.value<QJsonValue>();
    if (value.metaType() == QMetaType::fromType<bool>())
        return value.toBool();
    if (value.metaType() == QMetaType::fromType<qint64>())
        return double(value.toLongLong());
    return value.toString();
}

QJsonObject recordToJson(const Kind& kind, const WholeRecord& record)
{
    QJsonObject json{{QStringLiteral("uid"), record.uid}};
    if (*kind.parentMember != '\0')
        json.insert(name(kind.parentMember), record.parentUid);
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        json.insert(name(kind.fields[i].member), toJson(record.values[i]));
    return json;
}

} // namespace

QJsonObject wholeCaseToJson(const WholeCase& whole)
{
    QJsonObject json = recordToJson(kinds()[wholecase::kCaseKind], whole.caseRecord());
    for (std::size_t k = 0; k < kinds().size(); ++k) {
        const Kind& kind = kinds()[k];
        if (k == wholecase::kCaseKind)
            continue;
        if (kind.single) {
            json.insert(name(kind.member),
                        whole.records[k].empty() ? QJsonValue(QJsonValue::Null)
                                                 : recordToJson(kind, whole.records[k].front()));
            continue;
        }
        QJsonArray items;
        for (const WholeRecord& record : whole.records[k])
            items.append(recordToJson(kind, record));
        json.insert(name(kind.member), items);
    }
    return json;
}

QByteArray wholeCaseFileText(const std::vector<WholeCase>& cases)
{
    QJsonArray items;
    for (const WholeCase& whole : cases)
        items.append(wholeCaseToJson(whole));
    const QJsonObject file{
        {QStringLiteral("format"), QString(caseformat::kFormatName)},
        {QStringLiteral("version"), caseformat::kVersion},
        {QStringLiteral("cases"), items},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

namespace {

bool isUid(const QString& text)
{
    static const QRegularExpression uid(QStringLiteral("^[0-9a-f]{32}$"));
    return uid.match(text).hasMatch();
}

// The case's members: reference, then the store it began in (WholeCaseLayout.cpp).
constexpr std::size_t kOriginStore = 1;

QString notAUid(const QString& text)
{
    return CaseFileText::tr("\"%1\" is not a uid: 32 lower-case hexadecimal digits").arg(text.left(40));
}

// Reads one case object: each record's members, then the links between records once every
// record's uid is known.
class WholeCaseReading {
public:
    WholeCaseReading(const QJsonObject& json, const QString& path, CaseFileProblems* problems)
        : m_top(json, path, problems, caseformat::kVersion), m_problems(problems)
    {
        m_case.records.resize(kinds().size());
        m_uids.resize(kinds().size());
    }

    WholeCase read()
    {
        m_case.records[wholecase::kCaseKind].push_back(readRecord(m_top, wholecase::kCaseKind));
        const QVariant origin = m_case.records[wholecase::kCaseKind].front().values[kOriginStore];
        if (!origin.isNull() && !isUid(origin.toString()))
            m_top.problem(m_top.pathOf(QStringLiteral("originStore")), notAUid(origin.toString()));
        for (std::size_t k = 0; k < kinds().size(); ++k) {
            const Kind& kind = kinds()[k];
            if (k == wholecase::kCaseKind)
                continue;
            const QString member = name(kind.member);
            const Presence presence = k == wholecase::kPersonKind ? Presence::Required : Presence::Optional;
            if (kind.single) {
                m_top.object(member, presence, [&](JsonFieldReader& reader) {
                    m_case.records[k].push_back(readRecord(reader, k));
                });
            } else {
                m_top.objects(member, presence, [&](JsonFieldReader& reader, qsizetype) {
                    m_case.records[k].push_back(readRecord(reader, k));
                });
            }
        }
        m_top.finish();
        for (const PendingLink& link : m_links)
            checkLink(link);
        return std::move(m_case);
    }

private:
    struct PendingLink {
        QString path;
        QString uid;
        QStringList kinds; // any of these
        std::size_t fromKind;
        qsizetype position; // within fromKind: a link within the kind must be to an earlier one
    };

    WholeRecord readRecord(JsonFieldReader& reader, std::size_t k)
    {
        const Kind& kind = kinds()[k];
        WholeRecord record;
        const qsizetype position = qsizetype(m_case.records[k].size());
        const QString uidKey = QStringLiteral("uid");
        if (const auto uid = reader.value(uidKey, Presence::Required)) {
            record.uid = uid->toString();
            if (!uid->isString() || !isUid(record.uid)) {
                reader.problem(
                    reader.pathOf(uidKey),
                    uid->isString()
                        ? notAUid(record.uid)
                        : CaseFileText::tr("expected a uid, found %1").arg(describeJsonType(*uid)));
            } else if (m_uids[k].contains(record.uid)) {
                reader.problem(reader.pathOf(uidKey),
                               CaseFileText::tr("the uid %1 is also that of %2; each record has its own")
                                   .arg(record.uid, m_uids[k].value(record.uid)));
            } else {
                m_uids[k].insert(record.uid, reader.path());
            }
        }
        if (*kind.parentMember != '\0') {
            const QString key = name(kind.parentMember);
            if (const auto parent = reader.value(key, Presence::Required)) {
                record.parentUid = parent->toString();
                m_links.push_back({reader.pathOf(key), record.parentUid, {name(kind.parentKind)}, k, -1});
            }
        }
        for (const Field& field : kind.fields)
            record.values.push_back(readValue(reader, field, k, position));
        return record;
    }

    QVariant readValue(JsonFieldReader& reader, const Field& field, std::size_t k, qsizetype position)
    {
        const QString key = name(field.member);
        const QString path = reader.pathOf(key);
        const std::optional<QJsonValue> value = reader.value(
            key, field.required ? Presence::Required : Presence::Optional);
        if (!value)
            return {};
        const auto wrong = [&](const QString& expected) {
            reader.problem(path,
                           CaseFileText::tr("expected %1, found %2").arg(expected, describeJsonType(*value)));
            return QVariant();
        };
        switch (field.kind) {
        case FieldKind::Integer: {
            const double number = value->toDouble();
            if (!value->isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15)
                return wrong(CaseFileText::tr("a whole number"));
            return qint64(number);
        }
        case FieldKind::Flag:
            if (!value->isBool())
                return wrong(CaseFileText::tr("true or false"));
            return value->toBool();
        case FieldKind::Json:
            if (!value->isObject() && !value->isArray() && !value->isString())
                return wrong(CaseFileText::tr("an object, a list or text"));
            return QVariant::fromValue(*value);
        case FieldKind::Link:
        case FieldKind::RecordLink: {
            if (!value->isString())
                return wrong(CaseFileText::tr("the uid of a record"));
            const QString uid = value->toString();
            if (!isUid(uid)) {
                reader.problem(path, notAUid(uid));
                return {};
            }
            // The history may name a record since replaced (a concern saved again): any uid.
            if (field.kind == FieldKind::Link)
                m_links.push_back({path, uid, name(field.linksTo).split(u'|'), k, position});
            return uid;
        }
        default:
            break;
        }
        if (!value->isString())
            return wrong(CaseFileText::tr("text"));
        const QString text = value->toString();
        if (field.kind == FieldKind::Date && !isDate(text))
            reader.problem(path,
                           CaseFileText::tr("\"%1\" is not a real date (YYYY-MM-DD)").arg(text.left(40)));
        if (field.kind == FieldKind::Time && !isTime(text))
            reader.problem(path,
                           CaseFileText::tr("\"%1\" is not a time of day (HH:MM:SS)").arg(text.left(40)));
        if (field.kind == FieldKind::Moment && !isMoment(text))
            reader.problem(path,
                           CaseFileText::tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM:SS, local time)")
                               .arg(text.left(40)));
        return text;
    }

    static bool isDate(const QString& text)
    {
        static const QRegularExpression pattern(QString(caseformat::kDatePattern));
        return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
    }

    static bool isTime(const QString& text)
    {
        static const QRegularExpression pattern(QString(caseformat::kTimePattern));
        return pattern.match(text).hasMatch() && QTime::fromString(text, Qt::ISODate).isValid();
    }

    // As the store keeps moments: local time to the second (or millisecond); a few records
    // made by early versions hold only the day.
    static bool isMoment(const QString& text)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?)?$"));
        if (!pattern.match(text).hasMatch() || !QDate::fromString(text.left(10), Qt::ISODate).isValid())
            return false;
        return text.size() == 10 || QDateTime::fromString(text, Qt::ISODate).isValid();
    }

    void checkLink(const PendingLink& link)
    {
        for (const QString& member : link.kinds) {
            const std::size_t k = std::size_t(wholecase::kindIndex(member));
            const auto found = m_uids[k].constFind(link.uid);
            if (found == m_uids[k].constEnd())
                continue;
            if (k == link.fromKind && link.position >= 0) {
                const auto& records = m_case.records[k];
                qsizetype target = 0;
                while (target < qsizetype(records.size()) && records[std::size_t(target)].uid != link.uid)
                    ++target;
                if (target >= link.position) {
                    m_problems->push_back({link.path,
                                           CaseFileText::tr("refers to %1, which is not an earlier "
                                                            "record of its list")
                                               .arg(*found)});
                }
            }
            return;
        }
        m_problems->push_back({link.path,
                               CaseFileText::tr("refers to %1, which is not a record of %2 in this case")
                                   .arg(link.uid, link.kinds.join(QStringLiteral(" or ")))});
    }

    JsonFieldReader m_top;
    CaseFileProblems* m_problems;
    WholeCase m_case;
    std::vector<QHash<QString, QString>> m_uids; // per kind: uid → the path of its record
    std::vector<PendingLink> m_links;
};

} // namespace

WholeCase readWholeCaseJson(const QJsonObject& json, const QString& path, CaseFileProblems* problems)
{
    WholeCase whole = WholeCaseReading(json, path, problems).read();
    checkLegalRecords(whole, path, problems);
    return whole;
}

} // namespace alongside::core
