#include "reporting/ReportJson.h"

#include "reporting/SmallNumbers.h"

#include <QJsonArray>

namespace alongside::core {

namespace {

QJsonObject periodJson(const ReportPeriod& period)
{
    return {{QStringLiteral("from"), period.isoFrom()}, {QStringLiteral("to"), period.isoTo()}};
}

QJsonObject countJson(const ReportCount& count)
{
    return {{QStringLiteral("label"), count.label}, {QStringLiteral("count"), shownCountJson(count.count)}};
}

QJsonArray countsJson(const std::vector<ReportCount>& counts)
{
    QJsonArray array;
    for (const ReportCount& count : counts)
        array.append(countJson(count));
    return array;
}

QJsonObject tableJson(const SacTable& table)
{
    QJsonObject object{{QStringLiteral("key"), table.key},
                       {QStringLiteral("code"), table.code},
                       {QStringLiteral("title"), table.title},
                       {QStringLiteral("counts"), table.counts},
                       {QStringLiteral("rows"), countsJson(table.rows)},
                       {QStringLiteral("total"), shownCountJson(table.total)},
                       {QStringLiteral("enquiries"), shownCountJson(table.enquiries)}};
    if (!table.ofWhich.empty())
        object.insert(QStringLiteral("ofWhich"), countsJson(table.ofWhich));
    if (table.notRecorded)
        object.insert(QStringLiteral("notRecorded"), shownCountJson(table.notRecorded->count));
    return object;
}

} // namespace

QJsonObject demographicsJson(const SacDemographics& demographics)
{
    QJsonArray tables;
    for (const SacColumnsTable& table : demographics.tables) {
        QJsonArray columns;
        for (const SacTable& column : table.byColumn) {
            QJsonObject object = tableJson(column);
            object.remove(QStringLiteral("key"));
            object.remove(QStringLiteral("code"));
            object.remove(QStringLiteral("counts"));
            object.remove(QStringLiteral("enquiries"));
            object.insert(QStringLiteral("heading"), object.take(QStringLiteral("title")));
            columns.append(object);
        }
        tables.append(QJsonObject{{QStringLiteral("key"), table.key},
                                  {QStringLiteral("code"), table.code},
                                  {QStringLiteral("title"), table.title},
                                  {QStringLiteral("counts"), table.counts},
                                  {QStringLiteral("columns"), columns}});
    }
    return {{QStringLiteral("individuals"), shownCountJson(demographics.individuals)},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("activity"), tableJson(demographics.activity)}};
}

QJsonObject sacTablesJson(const ReportPeriod& period, const std::vector<SacTable>& tables)
{
    QJsonArray array;
    for (const SacTable& table : tables)
        array.append(tableJson(table));
    return {{QStringLiteral("period"), periodJson(period)}, {QStringLiteral("tables"), array}};
}

QJsonObject outcomeMeasureJson(const OutcomeMeasure& measure)
{
    QJsonArray lines;
    for (const ReportFraction& line : measure.lines()) {
        QJsonObject object{{QStringLiteral("key"), line.key},
                           {QStringLiteral("label"), line.label},
                           {QStringLiteral("count"), shownCountJson(line.count)},
                           {QStringLiteral("outOf"), shownCountJson(line.outOf)},
                           {QStringLiteral("outOfLabel"), line.outOfLabel}};
        // No share of nothing: null rather than a made-up 0 %.
        object.insert(QStringLiteral("percent"),
                      line.hasPercent() ? QJsonValue(qRound(line.percent() * 10) / 10.0) : QJsonValue());
        lines.append(object);
    }
    return {{QStringLiteral("period"), periodJson(measure.period)},
            {QStringLiteral("enquiries"), shownCountJson(measure.enquiries)},
            {QStringLiteral("measures"), lines}};
}

} // namespace alongside::core
