#include "reporting/ReportRepository.h"

#include "reporting/AggregatePayload.h"
#include "storage/repositories/OpenedAggregateRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace alongside::core {

namespace {

// The payloads counted for the period: none unless it is one reporting year.
std::vector<QJsonObject> payloadsFor(const QSqlDatabase& db, const ReportPeriod& period, bool ownCasesOnly)
{
    std::vector<QJsonObject> payloads;
    const auto year = reportingYearOf(period);
    if (ownCasesOnly || !year)
        return payloads;
    for (const OpenedAggregate& aggregate : OpenedAggregateRepository(db).countedFor(*year))
        payloads.push_back(QJsonDocument::fromJson(aggregate.payload).object());
    return payloads;
}

} // namespace

std::vector<FiguresFromBundle> ReportRepository::figuresFromBundles(const ReportPeriod& period) const
{
    std::vector<FiguresFromBundle> figures;
    const auto year = reportingYearOf(period);
    if (m_ownCasesOnly || !year)
        return figures;
    for (const OpenedAggregate& aggregate : OpenedAggregateRepository(m_db).countedFor(*year))
        figures.push_back({aggregate.senderTeam, aggregate.senderName, aggregate.sequence, aggregate.madeAt,
                           aggregate.enquiries, aggregate.bundleId});
    return figures;
}

// Every payload was read strictly against these same tables when its bundle was opened, so an
// add that fails here means a store edited by hand: that payload's table is left out, not guessed.
SacTable ReportRepository::withBundles(SacTable table, const ReportPeriod& period) const
{
    for (const QJsonObject& payload : payloadsFor(m_db, period, m_ownCasesOnly)) {
        const QJsonValue counts = table.key == QLatin1String("SG1f")
            ? payload.value(QStringLiteral("sg1")).toObject().value(table.key)
            : payload.value(QStringLiteral("tables")).toObject().value(table.key);
        addAggregateTable(counts, table);
    }
    return table;
}

OutcomeMeasure ReportRepository::withBundles(OutcomeMeasure measure, const ReportPeriod& period) const
{
    for (const QJsonObject& payload : payloadsFor(m_db, period, m_ownCasesOnly))
        addAggregateOutcomes(payload.value(QStringLiteral("outcomes")), measure);
    return measure;
}

SacDemographics ReportRepository::withBundles(SacDemographics demographics, const ReportPeriod& period) const
{
    for (const QJsonObject& payload : payloadsFor(m_db, period, m_ownCasesOnly)) {
        const QJsonObject sg1 = payload.value(QStringLiteral("sg1")).toObject();
        demographics.individuals += sg1.value(QStringLiteral("individuals")).toInt();
        addAggregateTable(sg1.value(QStringLiteral("SG1f")), demographics.activity);
        for (SacColumnsTable& table : demographics.tables)
            addAggregateColumns(sg1.value(table.key), table);
    }
    return demographics;
}

} // namespace alongside::core
