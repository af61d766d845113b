#include "storage/repositories/WholeCaseRows.h"

#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/CaseRecordReader.h"
#include "storage/repositories/CaseValidation.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace alongside::core {

using wholecase::Field;
using wholecase::FieldKind;
using wholecase::Kind;
using wholecase::kinds;

namespace {

const Kind& kindNamed(const QString& member)
{
    return kinds()[std::size_t(wholecase::kindIndex(member))];
}

QString name(const char* text)
{
    return QLatin1String(text);
}

// The rows of `kind` that belong to the case bound as the one `?`.
QString belongingTo(const Kind& kind)
{
    const QString member = name(kind.member);
    if (member == u"person")
        return QStringLiteral("id = (SELECT person_id FROM safeguarding_case WHERE id = ?)");
    if (member == u"case")
        return QStringLiteral("id = ?");
    // A session may have notes about several cases: it goes with each of them.
    if (member == u"supervisionSessions")
        return QStringLiteral("id IN (SELECT session_id FROM reflective_note WHERE case_id = ?)");
    const QString parent = name(kind.parentKind);
    if (parent == u"case")
        return QStringLiteral("%1 = ?").arg(name(kind.parentColumn));
    const Kind& of = kindNamed(parent);
    return QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
        .arg(name(kind.parentColumn), name(of.key), name(of.table), belongingTo(of));
}

// The uid of the record of `target` whose key is `value` (SQL).
QString uidOf(const Kind& target, const QString& value)
{
    return QStringLiteral("(SELECT l.uid FROM %1 AS l WHERE l.%2 = %3)")
        .arg(name(target.table), name(target.key), value);
}

// What the record history calls each kind of record it names (the repositories' words).
struct HistoryName {
    const char* record;
    const char* kind;
};

constexpr HistoryName kHistoryNames[] = {
    {"case", "case"},
    {"person", "person"},
    {"concern", "concern"},
    {"s.42 decision", "section42"},
    {"outcome", "outcomes"},
    {"conversation", "conversations"},
    {"action", "actions"},
    {"note", "notes"},
    {"closure", "closure"},
    {"capacity doubt", "capacityDoubts"},
    {"capacity assessment", "capacityAssessments"},
    {"best-interests decision", "bestInterestsDecisions"},
    {"advocacy check", "advocacyChecks"},
    {"advocate referral", "advocateReferrals"},
    {"wishes override", "wishesOverrides"},
    {"risk enablement", "riskEnablements"},
    {"reflective note", "reflectiveNotes"},
    {"supervision action", "supervisionActions"},
    {"manager sign-off", "signOffs"},
    {"letter", "letters"},
};

// A sign-off names its decision by kind and id (schema step 6).
QString signOffSubjectKind(const QString& linkedKind)
{
    return linkedKind == u"riskEnablements" ? QStringLiteral("risk-enablement")
                                            : QStringLiteral("wishes-override");
}

QString selectedValue(const QSqlDatabase& db, const Field& field)
{
    const QString column = QStringLiteral("t.") + name(field.column);
    if (field.kind == FieldKind::Link) {
        const QStringList targets = name(field.linksTo).split(u'|');
        if (targets.size() == 1)
            return uidOf(kindNamed(targets.front()), column);
        QString choice = QStringLiteral("CASE t.subject_kind");
        for (const QString& target : targets)
            choice += QStringLiteral(" WHEN '%1' THEN %2")
                          .arg(signOffSubjectKind(target), uidOf(kindNamed(target), column));
        return choice + QStringLiteral(" END");
    }
    if (field.kind == FieldKind::RecordLink) {
        QString choice = QStringLiteral("CASE t.record");
        for (const HistoryName& named : kHistoryNames) {
            // A server holds no record of a kind whose table it does not have yet.
            const Kind& target = kindNamed(name(named.kind));
            if (!dialect::hasTable(db, name(target.table)))
                continue;
            choice += QStringLiteral(" WHEN '%1' THEN %2").arg(name(named.record), uidOf(target, column));
        }
        return choice + QStringLiteral(" END");
    }
    return column;
}

QString selectFor(const QSqlDatabase& db, const Kind& kind)
{
    QStringList columns{QStringLiteral("t.uid")};
    const bool namesParent = *kind.parentMember != '\0';
    columns << (namesParent
                    ? uidOf(kindNamed(name(kind.parentKind)), QStringLiteral("t.") + name(kind.parentColumn))
                    : QStringLiteral("NULL"));
    for (const Field& field : kind.fields)
        columns << selectedValue(db, field);
    return QStringLiteral("SELECT %1 FROM %2 AS t WHERE t.%3 ORDER BY %4")
        .arg(columns.join(QStringLiteral(", ")), name(kind.table), belongingTo(kind),
             dialect::insertionOrder(db, name(kind.key)));
}

bool isLetter(const Kind& kind)
{
    return name(kind.table) == u"easy_read_letter";
}

// A value as the file carries it.
QVariant fromStore(const Kind& kind, const Field& field, const QVariant& stored)
{
    if (stored.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Integer:
        return stored.toLongLong();
    case FieldKind::Flag:
        return stored.toLongLong() != 0;
    case FieldKind::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
        if (document.isArray())
            return QVariant::fromValue(QJsonValue(document.array()));
        if (!document.isObject())
            return QVariant::fromValue(QJsonValue(stored.toString()));
        QJsonObject object = document.object();
        // A letter names its case by this store's id, which means nothing elsewhere; the
        // letter's row says which case it belongs to.
        if (isLetter(kind))
            object.remove(QStringLiteral("caseId"));
        return QVariant::fromValue(QJsonValue(object));
    }
    default:
        // A server's date-time and time columns come back typed: written as the store file keeps
        // them, so a case file is the same whichever backend it came from.
        if (stored.typeId() == QMetaType::QDateTime)
            return stored::shown(stored.toDateTime());
        if (stored.typeId() == QMetaType::QTime)
            return stored::shown(stored.toTime());
        return stored.toString();
    }
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A value as the store keeps it; links are resolved by the caller.
QVariant toStore(const Kind& kind, const Field& field, const QVariant& value, qint64 caseId)
{
    if (value.isNull())
        return nullText();
    switch (field.kind) {
    case FieldKind::Integer:
        return value.toLongLong();
    case FieldKind::Flag:
        return value.toBool() ? 1 : 0;
    case FieldKind::Json: {
        QJsonValue json = value.value<QJsonValue>();
        if (json.isString())
            return json.toString();
        if (json.isArray())
            return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
        QJsonObject object = json.toObject();
        if (isLetter(kind))
            object.insert(QStringLiteral("caseId"), QString::number(caseId));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    default:
        return value.toString();
    }
}

} // namespace

WholeCaseRows::WholeCaseRows(QSqlDatabase db) : m_db(std::move(db))
{}

QSqlQuery& WholeCaseRows::statement(std::vector<QSqlQuery>& cache, std::size_t kind, const QString& sql) const
{
    if (cache.empty())
        cache.resize(kinds().size());
    QSqlQuery& query = cache[kind];
    if (query.lastQuery() != sql) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(dialect::streamsRows(m_db));
        if (!query.prepare(sql))
            throw WriteRefused{query.lastError().text()};
    }
    return query;
}

std::optional<WholeCase> WholeCaseRows::read(qint64 caseId) const
{
    WholeCase whole;
    for (std::size_t k = 0; k < kinds().size(); ++k) {
        const Kind& kind = kinds()[k];
        if (!dialect::hasTable(m_db, name(kind.table))) {
            whole.records.emplace_back(); // a server that does not hold this kind yet
            continue;
        }
        QSqlQuery* prepared = nullptr;
        try {
            prepared = &statement(m_selects, k, selectFor(m_db, kind));
        } catch (const WriteRefused&) {
            return std::nullopt;
        }
        QSqlQuery& query = *prepared;
        query.addBindValue(caseId);
        if (!query.exec())
            return std::nullopt;
        std::vector<WholeRecord> records;
        while (query.next()) {
            WholeRecord record;
            record.uid = query.value(0).toString();
            record.parentUid = query.value(1).toString();
            for (std::size_t i = 0; i < kind.fields.size(); ++i)
                record.values.push_back(fromStore(kind, kind.fields[i], query.value(int(i) + 2)));
            records.push_back(std::move(record));
        }
        query.finish();
        whole.records.push_back(std::move(records));
    }
    if (whole.records[wholecase::kCaseKind].size() != 1 || whole.records[wholecase::kPersonKind].size() != 1)
        return std::nullopt;
    return whole;
}

qint64 WholeCaseRows::write(const WholeCase& whole) const
{
    // Each kind's uid → this store's key for the record, as written (or found, when shared).
    std::vector<QHash<QString, qint64>> keys(kinds().size());
    const auto keyOf = [&](const QString& member, const QString& uid) -> QVariant {
        const int index = wholecase::kindIndex(member);
        const auto found = keys[std::size_t(index)].constFind(uid);
        if (found == keys[std::size_t(index)].constEnd())
            throw WriteRefused{QStringLiteral("a link to %1 %2 that is not in the case").arg(member, uid)};
        return *found;
    };
    qint64 caseId = 0;
    qint64 personId = 0;
    bool personWasHere = false;
    for (std::size_t k = 0; k < kinds().size(); ++k) {
        const Kind& kind = kinds()[k];
        const QString member = name(kind.member);
        for (const WholeRecord& record : whole.records[k]) {
            if (kind.shared) {
                const QVariant here = selectValue(
                    m_db,
                    QStringLiteral("SELECT %1 FROM %2 WHERE uid = ?").arg(name(kind.key), name(kind.table)),
                    {record.uid});
                if (here.isValid()) {
                    keys[k].insert(record.uid, here.toLongLong());
                    if (k == wholecase::kPersonKind) {
                        personId = here.toLongLong();
                        personWasHere = true;
                    }
                    continue;
                }
            }
            // The people in the person's life come with the person: kept as they are here.
            if (personWasHere && name(kind.parentKind) == u"person")
                continue;
            QStringList columns{QStringLiteral("uid")};
            QVariantList values{record.uid};
            const QString parentKind = name(kind.parentKind);
            if (*kind.parentColumn != '\0') {
                columns << name(kind.parentColumn);
                if (parentKind == u"case")
                    values << caseId;
                else if (parentKind == u"person")
                    values << personId;
                else
                    values << keyOf(parentKind, record.parentUid);
            }
            if (k == wholecase::kCaseKind) {
                columns << QStringLiteral("person_id");
                values << personId;
            }
            for (std::size_t i = 0; i < kind.fields.size(); ++i) {
                const Field& field = kind.fields[i];
                const QVariant& value = record.values[i];
                columns << name(field.column);
                if (field.kind == FieldKind::Link) {
                    if (value.isNull()) {
                        values << QVariant(QMetaType::fromType<qint64>());
                        continue;
                    }
                    QVariant found;
                    for (const QString& target : name(field.linksTo).split(u'|')) {
                        if (keys[std::size_t(wholecase::kindIndex(target))].contains(value.toString()))
                            found = keyOf(target, value.toString());
                    }
                    if (!found.isValid())
                        throw WriteRefused{QStringLiteral("%1 links to %2, which is not in the case")
                                               .arg(member, value.toString())};
                    values << found;
                } else if (field.kind == FieldKind::RecordLink) {
                    // The record named by the history may have been replaced since: then no key.
                    QVariant found = QVariant(QMetaType::fromType<qint64>());
                    const QString label = record.values[0].toString();
                    for (const HistoryName& named : kHistoryNames) {
                        if (label != QLatin1String(named.record) || value.isNull())
                            continue;
                        const auto& known = keys[std::size_t(wholecase::kindIndex(name(named.kind)))];
                        if (known.contains(value.toString()))
                            found = known.value(value.toString());
                    }
                    values << found;
                } else {
                    values << toStore(kind, field, value, caseId);
                }
            }
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery& insert = statement(m_inserts, k,
                                          QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                              .arg(name(kind.table), columns.join(QStringLiteral(", ")),
                                                   marks.join(QStringLiteral(", "))));
            for (const QVariant& value : values)
                insert.addBindValue(value);
            if (!insert.exec())
                throw WriteRefused{QStringLiteral("%1: %2").arg(member, insert.lastError().text())};
            const qint64 rowId = insert.lastInsertId().toLongLong();
            insert.finish();
            qint64 key = rowId;
            if (name(kind.key) == u"case_id")
                key = caseId;
            else if (name(kind.key) == u"outcome_id")
                key = keyOf(parentKind, record.parentUid).toLongLong();
            keys[k].insert(record.uid, key);
            if (k == wholecase::kPersonKind)
                personId = key;
            if (k == wholecase::kCaseKind)
                caseId = key;
        }
    }
    return caseId;
}

CaseWriteResult WholeCaseRows::writeCases(const std::vector<WholeCase>& cases,
                                          const std::function<void()>& sameChange) const
{
    try {
        WriteTransaction transaction(m_db);
        qint64 lastId = 0;
        for (const WholeCase& whole : cases) {
            lastId = write(whole);
            const std::optional<CaseRecord> journey = CaseRecordReader(m_db).load(lastId);
            if (!journey)
                throw WriteRefused{
                    QStringLiteral("The case %1 could not be read back.").arg(whole.reference())};
            const QString failure = checkCaseRecord(*journey);
            if (!failure.isEmpty())
                throw WriteRefused{QStringLiteral("%1: %2").arg(whole.reference(), failure)};
        }
        if (sameChange)
            sameChange();
        transaction.commit();
        return {lastId, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

std::optional<QString> WholeCaseRows::referenceOfCase(const QString& caseUid) const
{
    const QVariant reference = selectValue(
        m_db, QStringLiteral("SELECT reference FROM safeguarding_case WHERE uid = ?"), {caseUid});
    if (!reference.isValid())
        return std::nullopt;
    return reference.toString();
}

} // namespace alongside::core
