#include "reporting/AggregatePayload.h"

#include "codecs/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace alongside::core {

namespace {

struct AggregateText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::AggregatePayload)
};

// Every line of the outcome measure, in OutcomeMeasure::lines() order, to add into by key.
constexpr std::array<ReportFraction OutcomeMeasure::*, 24> kLines{
    &OutcomeMeasure::asked,
    &OutcomeMeasure::expressed,
    &OutcomeMeasure::expressedDirectly,
    &OutcomeMeasure::expressedThroughBestInterests,
    &OutcomeMeasure::expressedThroughAdvocate,
    &OutcomeMeasure::fullyAchieved,
    &OutcomeMeasure::partlyAchieved,
    &OutcomeMeasure::notAchieved,
    &OutcomeMeasure::fullyOrPartlyAchieved,
    &OutcomeMeasure::seenWithin24Hours,
    &OutcomeMeasure::seenAlone,
    &OutcomeMeasure::advocacyChecked,
    &OutcomeMeasure::advocacyIndicated,
    &OutcomeMeasure::advocacyProvided,
    &OutcomeMeasure::askedFeelsSafer,
    &OutcomeMeasure::feelsSafer,
    &OutcomeMeasure::feelsPartlySafer,
    &OutcomeMeasure::doesNotFeelSafer,
    &OutcomeMeasure::experienceAsked,
    &OutcomeMeasure::answeredByRepresentative,
    &OutcomeMeasure::listenedTo,
    &OutcomeMeasure::listenedToPartly,
    &OutcomeMeasure::involved,
    &OutcomeMeasure::involvedPartly,
};

JsonLimits payloadLimits()
{
    JsonLimits limits;
    limits.fileBytes = 1024 * 1024;
    limits.depth = 8;
    limits.otherText = 200; // the longest published label is about 110 characters
    limits.otherList = 16;
    return limits;
}

// Reads values against what the format defines, each problem at its path.
class Reader {
public:
    explicit Reader(CaseFileProblems* problems) : m_problems(problems) {}

    void refuse(const QString& path, const QString& reason) const
    {
        if (m_problems)
            m_problems->push_back({path, reason});
    }

    std::optional<int> count(const QJsonValue& value, const QString& path) const
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 0
            || number > aggregatepayload::kMaxCount) {
            refuse(path,
                   AggregateText::tr("must be a whole number from 0 to %1").arg(aggregatepayload::kMaxCount));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    // The object's members must be exactly `required` plus any of `optional`.
    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path,
                                      const QStringList& required, const QStringList& optional = {}) const
    {
        if (!value.isObject()) {
            refuse(path, AggregateText::tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        bool ok = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!required.contains(it.key()) && !optional.contains(it.key())) {
                refuse(path + u'.' + it.key(), AggregateText::tr("is not part of the aggregate format"));
                ok = false;
            }
        }
        for (const QString& name : required) {
            if (!object.contains(name)) {
                refuse(path + u'.' + name, AggregateText::tr("is missing"));
                ok = false;
            }
        }
        return ok ? std::optional<QJsonObject>(object) : std::nullopt;
    }

    // `[{"label": L, "count": n}, …]`: every published row of the table once, in any order.
    bool rows(const QJsonValue& value, SacTable& sum, const QString& path) const
    {
        if (!value.isArray() || value.toArray().size() != qsizetype(sum.rows.size())) {
            refuse(path, AggregateText::tr("must be a list of the table's %1 rows").arg(sum.rows.size()));
            return false;
        }
        bool ok = true;
        std::vector<bool> seen(sum.rows.size(), false);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            const auto item = object(items.at(i), at, {QStringLiteral("label"), QStringLiteral("count")});
            if (!item) {
                ok = false;
                continue;
            }
            const QString label = item->value(QStringLiteral("label")).toString();
            const auto row = std::find_if(sum.rows.begin(), sum.rows.end(),
                                          [&label](const ReportCount& r) { return r.label == label; });
            const auto index = std::size_t(row - sum.rows.begin());
            if (row == sum.rows.end() || seen[index]) {
                // The text is not repeated back: it came from outside.
                refuse(at + QStringLiteral(".label"),
                       row == sum.rows.end() ? AggregateText::tr("is not a published row of this table")
                                             : AggregateText::tr("is a row given twice"));
                ok = false;
                continue;
            }
            seen[index] = true;
            const auto n = count(item->value(QStringLiteral("count")), at + QStringLiteral(".count"));
            if (!n) {
                ok = false;
                continue;
            }
            row->count += *n;
            sum.total += *n;
        }
        return ok;
    }

    // One table's counts added to `into` (same labels), or nothing changed.
    bool table(const QJsonValue& value, SacTable& into, const QString& path) const
    {
        // SG1a has its one sub-count (under 18) only where someone under 18 was counted, in the
        // team's figures or the Board's: optional on both sides, added here when it is new.
        const bool under18 = into.key == QLatin1String("SG1a");
        QStringList required{QStringLiteral("rows"), QStringLiteral("enquiries")};
        QStringList optional;
        if (into.notRecorded)
            required << QStringLiteral("notRecorded");
        if (under18)
            optional << QStringLiteral("ofWhich");
        else if (!into.ofWhich.empty())
            required << QStringLiteral("ofWhich");
        const auto object = this->object(value, path, required, optional);
        if (!object)
            return false;
        SacTable sum = into;
        if (under18 && sum.ofWhich.empty() && object->contains(QStringLiteral("ofWhich")))
            sum.ofWhich.push_back({sg1aUnder18Label(), 0, {}});
        bool ok = rows(object->value(QStringLiteral("rows")), sum, path + QStringLiteral(".rows"));
        if (const auto n = count(object->value(QStringLiteral("enquiries")),
                                 path + QStringLiteral(".enquiries")))
            sum.enquiries += *n;
        else
            ok = false;
        if (sum.notRecorded) {
            if (const auto n = count(object->value(QStringLiteral("notRecorded")),
                                     path + QStringLiteral(".notRecorded")))
                sum.notRecorded->count += *n;
            else
                ok = false;
        }
        if (!sum.ofWhich.empty() && (!under18 || object->contains(QStringLiteral("ofWhich")))) {
            const QJsonValue ofWhich = object->value(QStringLiteral("ofWhich"));
            if (!ofWhich.isArray() || ofWhich.toArray().size() != qsizetype(sum.ofWhich.size())) {
                refuse(path + QStringLiteral(".ofWhich"),
                       AggregateText::tr("must be a list of %1 numbers").arg(sum.ofWhich.size()));
                return false;
            }
            for (std::size_t i = 0; i < sum.ofWhich.size(); ++i) {
                if (const auto n = count(ofWhich.toArray().at(qsizetype(i)),
                                         path + QStringLiteral(".ofWhich[%1]").arg(i)))
                    sum.ofWhich[i].count += *n;
                else
                    ok = false;
            }
        }
        if (ok)
            into = std::move(sum);
        return ok;
    }

    bool columns(const QJsonValue& value, SacColumnsTable& into, const QString& path) const
    {
        if (!value.isArray() || value.toArray().size() != qsizetype(into.byColumn.size())) {
            refuse(
                path,
                AggregateText::tr("must be a list of %1 tables, one per column").arg(into.byColumn.size()));
            return false;
        }
        SacColumnsTable sum = into;
        bool ok = true;
        for (std::size_t i = 0; i < sum.byColumn.size(); ++i)
            ok = table(value.toArray().at(qsizetype(i)), sum.byColumn[i],
                       path + QStringLiteral("[%1]").arg(i))
                && ok;
        if (ok)
            into = std::move(sum);
        return ok;
    }

    bool outcomes(const QJsonValue& value, OutcomeMeasure& into, const QString& path) const
    {
        QStringList keys;
        for (const auto line : kLines)
            keys << (into.*line).key;
        const auto object = this->object(value, path, {QStringLiteral("enquiries"), QStringLiteral("lines")});
        if (!object)
            return false;
        const auto lines = this->object(object->value(QStringLiteral("lines")),
                                        path + QStringLiteral(".lines"), keys);
        if (!lines)
            return false;
        OutcomeMeasure sum = into;
        bool ok = true;
        if (const auto n = count(object->value(QStringLiteral("enquiries")),
                                 path + QStringLiteral(".enquiries")))
            sum.enquiries += *n;
        else
            ok = false;
        for (const auto member : kLines) {
            ReportFraction& line = sum.*member;
            const QString at = path + QStringLiteral(".lines.") + line.key;
            const auto pair = this->object(lines->value(line.key), at,
                                           {QStringLiteral("count"), QStringLiteral("outOf")});
            if (!pair) {
                ok = false;
                continue;
            }
            const auto n = count(pair->value(QStringLiteral("count")), at + QStringLiteral(".count"));
            const auto of = count(pair->value(QStringLiteral("outOf")), at + QStringLiteral(".outOf"));
            if (!n || !of) {
                ok = false;
                continue;
            }
            if (*n > *of) {
                refuse(at + QStringLiteral(".count"), AggregateText::tr("is more than outOf"));
                ok = false;
                continue;
            }
            line.count += *n;
            line.outOf += *of;
        }
        if (ok)
            into = std::move(sum);
        return ok;
    }

private:
    CaseFileProblems* m_problems;
};

QJsonObject tableJson(const SacTable& table)
{
    QJsonArray rows;
    for (const ReportCount& row : table.rows)
        rows.append(QJsonObject{{QStringLiteral("label"), row.label}, {QStringLiteral("count"), row.count}});
    QJsonObject object{{QStringLiteral("rows"), rows}, {QStringLiteral("enquiries"), table.enquiries}};
    if (table.notRecorded)
        object.insert(QStringLiteral("notRecorded"), table.notRecorded->count);
    if (!table.ofWhich.empty()) {
        QJsonArray ofWhich;
        for (const ReportCount& row : table.ofWhich)
            ofWhich.append(row.count);
        object.insert(QStringLiteral("ofWhich"), ofWhich);
    }
    return object;
}

QString tablesPath(const QString& key)
{
    return QStringLiteral("$.tables.") + key;
}

} // namespace

ReportPeriod reportingYear(int year)
{
    return {QDate(year, 4, 1), QDate(year + 1, 3, 31)};
}

std::optional<int> reportingYearOf(const ReportPeriod& period)
{
    if (!period.isValid() || period.from.month() != 4 || period.from.day() != 1)
        return std::nullopt;
    if (period.to != reportingYear(period.from.year()).to)
        return std::nullopt;
    return period.from.year();
}

QByteArray writeAggregatePayload(int year, const ReportDashboard& figures)
{
    QJsonObject lines;
    for (const ReportFraction& line : figures.outcomes.lines())
        lines.insert(
            line.key,
            QJsonObject{{QStringLiteral("count"), line.count}, {QStringLiteral("outOf"), line.outOf}});
    QJsonObject tables;
    for (const SacTable& table : figures.tables)
        tables.insert(table.key, tableJson(table));
    QJsonObject sg1{{QStringLiteral("individuals"), figures.demographics.individuals},
                    {QStringLiteral("SG1f"), tableJson(figures.demographics.activity)}};
    for (const SacColumnsTable& table : figures.demographics.tables) {
        QJsonArray columns;
        for (const SacTable& column : table.byColumn)
            columns.append(tableJson(column));
        sg1.insert(table.key, columns);
    }
    const QJsonObject payload{{QStringLiteral("format"), QLatin1String(aggregatepayload::kFormatName)},
                              {QStringLiteral("version"), aggregatepayload::kVersion},
                              {QStringLiteral("reportingYear"), year},
                              {QStringLiteral("outcomes"),
                               QJsonObject{{QStringLiteral("enquiries"), figures.outcomes.enquiries},
                                           {QStringLiteral("lines"), lines}}},
                              {QStringLiteral("tables"), tables},
                              {QStringLiteral("sg1"), sg1}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

AggregateReading readAggregatePayload(const QByteArray& bytes, const ReportDashboard& shape)
{
    AggregateReading reading;
    StrictJson strict = readStrictJson(bytes, payloadLimits());
    if (!strict.ok()) {
        reading.problems = std::move(strict.problems);
        return reading;
    }
    const Reader read(&reading.problems);
    if (!strict.document.isObject()) {
        read.refuse(QStringLiteral("$"), AggregateText::tr("must be an object"));
        return reading;
    }
    const auto top = read.object(QJsonValue(strict.document.object()), QStringLiteral("$"),
                                 {QStringLiteral("format"), QStringLiteral("version"),
                                  QStringLiteral("reportingYear"), QStringLiteral("outcomes"),
                                  QStringLiteral("tables"), QStringLiteral("sg1")});
    if (!top)
        return reading;
    if (top->value(QStringLiteral("format")) != QJsonValue(QLatin1String(aggregatepayload::kFormatName)))
        read.refuse(QStringLiteral("$.format"),
                    AggregateText::tr("must be \"%1\"").arg(QLatin1String(aggregatepayload::kFormatName)));
    if (top->value(QStringLiteral("version")) != QJsonValue(aggregatepayload::kVersion))
        read.refuse(QStringLiteral("$.version"),
                    AggregateText::tr("must be %1").arg(aggregatepayload::kVersion));
    const QJsonValue year = top->value(QStringLiteral("reportingYear"));
    if (!year.isDouble() || year.toDouble() != std::floor(year.toDouble()) || year.toDouble() < 2000
        || year.toDouble() > 2100)
        read.refuse(QStringLiteral("$.reportingYear"), AggregateText::tr("must be a year from 2000 to 2100"));
    if (!reading.problems.empty())
        return reading;
    reading.year = year.toInt();

    // The counts go into the shape emptied of its own.
    ReportDashboard counts;
    counts.period = reportingYear(reading.year);
    counts.outcomes = shape.outcomes;
    counts.outcomes.period = counts.period;
    counts.outcomes.enquiries = 0;
    counts.outcomes.enquiryIds.clear();
    for (const auto member : kLines) {
        (counts.outcomes.*member).count = 0;
        (counts.outcomes.*member).outOf = 0;
        (counts.outcomes.*member).caseIds.clear();
    }
    const auto emptied = [](SacTable table) {
        for (ReportCount& row : table.rows)
            row = {row.label, 0, {}};
        for (ReportCount& row : table.ofWhich)
            row = {row.label, 0, {}};
        if (table.notRecorded)
            table.notRecorded = ReportCount{table.notRecorded->label, 0, {}};
        table.total = 0;
        table.enquiries = 0;
        table.enquiryIds.clear();
        return table;
    };
    for (const SacTable& table : shape.tables)
        counts.tables.push_back(emptied(table));
    counts.demographics.period = counts.period;
    counts.demographics.activity = emptied(shape.demographics.activity);
    for (SacColumnsTable table : shape.demographics.tables) {
        for (SacTable& column : table.byColumn)
            column = emptied(column);
        counts.demographics.tables.push_back(std::move(table));
    }

    read.outcomes(top->value(QStringLiteral("outcomes")), counts.outcomes, QStringLiteral("$.outcomes"));
    QStringList tableKeys;
    for (const SacTable& table : counts.tables)
        tableKeys << table.key;
    if (const auto tables = read.object(top->value(QStringLiteral("tables")), QStringLiteral("$.tables"),
                                        tableKeys)) {
        for (SacTable& table : counts.tables)
            read.table(tables->value(table.key), table, tablesPath(table.key));
    }
    QStringList sg1Keys{QStringLiteral("individuals"), QStringLiteral("SG1f")};
    for (const SacColumnsTable& table : counts.demographics.tables)
        sg1Keys << table.key;
    if (const auto sg1 = read.object(top->value(QStringLiteral("sg1")), QStringLiteral("$.sg1"), sg1Keys)) {
        if (const auto n = read.count(sg1->value(QStringLiteral("individuals")),
                                      QStringLiteral("$.sg1.individuals")))
            counts.demographics.individuals = *n;
        read.table(sg1->value(QStringLiteral("SG1f")), counts.demographics.activity,
                   QStringLiteral("$.sg1.SG1f"));
        for (SacColumnsTable& table : counts.demographics.tables)
            read.columns(sg1->value(table.key), table, QStringLiteral("$.sg1.") + table.key);
    }
    if (!reading.problems.empty())
        return reading;
    reading.enquiries = counts.outcomes.enquiries;
    reading.counts = std::move(counts);
    return reading;
}

bool addAggregateTable(const QJsonValue& table, SacTable& into)
{
    return Reader(nullptr).table(table, into, {});
}

bool addAggregateColumns(const QJsonValue& columns, SacColumnsTable& into)
{
    return Reader(nullptr).columns(columns, into, {});
}

bool addAggregateOutcomes(const QJsonValue& outcomes, OutcomeMeasure& into)
{
    return Reader(nullptr).outcomes(outcomes, into, {});
}

} // namespace alongside::core
