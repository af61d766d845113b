#include "reporting/ReportRepository.h"

#include "model/DesiredOutcome.h"
#include "model/SacCategories.h"
#include "reporting/ReportSql.h"
#include "reporting/SacTableBuilder.h"

#include <QCoreApplication>

namespace alongside::core {

namespace {

using reportsql::idList;

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ReportRepository)
};

// "SELECT <group>, group_concat(c.id) FROM <enquiries> <joins> WHERE <in scope> <and> GROUP BY 1"
QString groupedQuery(const reportsql::EnquiryScope& scope, const char* group, const char* joins,
                     const char* andWhere = "")
{
    return QStringLiteral("SELECT %1, group_concat(c.id)").arg(QLatin1String(group)) + scope.from
        + QLatin1String(joins) + scope.where + QLatin1String(andWhere) + QStringLiteral(" GROUP BY 1");
}

// Runs a query whose rows are (label or NULL, ids) into the builder, each label read through
// `labelOf` (identity where the store keeps the published label itself).
template <typename LabelOf>
SacTable tableFrom(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                   SacTableBuilder builder, LabelOf labelOf)
{
    QSqlQuery query = reportsql::run(db, sql, binds);
    while (query.next())
        builder.add(labelOf(query.value(0).toString()), idList(query.value(1)));
    return builder.finish();
}

QString asStored(const QString& label)
{
    return label;
}

SacTable heading(const char* key, const char* code, const QString& title, const QString& counts)
{
    SacTable table;
    table.key = QLatin1String(key);
    table.code = QLatin1String(code);
    table.title = title;
    table.counts = counts;
    return table;
}

// SG2's "Multiple counts are permitted … a count of one for each different category".
SacTable manyPerEnquiry(SacTable head)
{
    head.manyPerEnquiry = true;
    return head;
}

SacTableBuilder builderFor(SacTable head, const QStringList& labels, const QString& notRecordedRow = {})
{
    return SacTableBuilder(std::move(head), labels, notRecordedRow, ReportText::tr("Not recorded"));
}

// SG3a is stored as codes (CapacityRepository's EnquiryCapacity).
QString capacityLabel(const QString& code)
{
    const QStringList& labels = sac::capacityAnswers();
    if (code == QLatin1String("yes"))
        return labels.at(0);
    if (code == QLatin1String("no"))
        return labels.at(1);
    if (code == QLatin1String("dont-know"))
        return labels.at(2);
    return {};
}

QString achievementLabel(const QString& code)
{
    const std::optional<Achievement> achieved = achievementFromCode(code);
    return achieved ? sacLabel(*achieved) : QString();
}

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db) : m_db(std::move(db))
{}

reportsql::EnquiryScope ReportRepository::scope(const ReportPeriod& period) const
{
    return m_gathered ? reportsql::gatheredEnquiries() : reportsql::concludedEnquiries(period);
}

SacTable ReportRepository::riskTypes(const ReportPeriod& period) const
{
    return withBundles(
        tableFrom(
            m_db,
            groupedQuery(scope(period), "t.risk_type", " LEFT JOIN concern_risk_type t ON t.case_id = c.id"),
            scope(period).binds,
            builderFor(
                manyPerEnquiry(heading("SG2a", "SG2a", ReportText::tr("Type of risk"),
                                       ReportText::tr("Concluded s.42 enquiries by type of risk. An enquiry "
                                                      "with several types of risk counts once in each."))),
                sac::riskTypes()),
            asStored),
        period);
}

SacTable ReportRepository::riskLocations(const ReportPeriod& period) const
{
    return withBundles(
        tableFrom(m_db,
                  groupedQuery(scope(period), "n.location",
                               " LEFT JOIN concern_risk_location n ON n.case_id = c.id"),
                  scope(period).binds,
                  builderFor(manyPerEnquiry(
                                 heading("SG2b-location", "SG2b", ReportText::tr("Location of risk"),
                                         ReportText::tr("Concluded s.42 enquiries by where the risk was. An "
                                                        "enquiry with several locations of risk counts once "
                                                        "in each."))),
                             sac::riskLocations()),
                  asStored),
        period);
}

SacTable ReportRepository::riskSources(const ReportPeriod& period) const
{
    return withBundles(
        tableFrom(
            m_db,
            groupedQuery(scope(period), "n.source", " LEFT JOIN concern_risk_source n ON n.case_id = c.id"),
            scope(period).binds,
            builderFor(
                manyPerEnquiry(heading("SG2b-source", "SG2b", ReportText::tr("Source of risk"),
                                       ReportText::tr("Concluded s.42 enquiries by who or what the risk came "
                                                      "from. An enquiry with sources of different types "
                                                      "counts once in each."))),
                sac::riskSources()),
            asStored),
        period);
}

SacTable ReportRepository::riskAssessmentOutcomes(const ReportPeriod& period) const
{
    return withBundles(
        tableFrom(
            m_db, groupedQuery(scope(period), "x.risk_assessment_outcome", ""), scope(period).binds,
            builderFor(heading("SG2c", "SG2c", ReportText::tr("Risk assessment outcome"),
                               ReportText::tr(
                                   "Concluded s.42 enquiries by what the risk assessment found and whether "
                                   "action was taken.")),
                       sac::riskAssessmentOutcomes()),
            asStored),
        period);
}

SacTable ReportRepository::riskOutcomes(const ReportPeriod& period) const
{
    // Only where action was taken (the three SG2c outcomes that say so).
    QVariantList binds = scope(period).binds;
    for (const QString& outcome : sac::riskAssessmentOutcomes()) {
        if (sac::isActionTaken(outcome))
            binds << outcome;
    }
    return withBundles(
        tableFrom(
            m_db,
            groupedQuery(scope(period), "x.risk_outcome", "", " AND x.risk_assessment_outcome IN (?, ?, ?)"),
            binds,
            builderFor(heading("SG2e", "SG2e", ReportText::tr("Risk outcome"),
                               ReportText::tr("Concluded s.42 enquiries where action was taken, by what "
                                              "happened to the risk.")),
                       sac::riskOutcomes()),
            asStored),
        period);
}

SacTable ReportRepository::lackingCapacity(const ReportPeriod& period) const
{
    // Grouped by both answers at once, so the "of the Yes" counts come from the same query.
    const QString sql = QStringLiteral("SELECT c.lacked_capacity, c.capacity_support, group_concat(c.id)")
        + scope(period).from + scope(period).where + QStringLiteral(" GROUP BY 1, 2");
    const QStringList& labels = sac::capacityAnswers();
    SacTableBuilder builder = builderFor(
        heading("SG3a", "SG3a", ReportText::tr("Lacking capacity"),
                ReportText::tr(
                    "Concluded s.42 enquiries by whether the person lacked capacity to make decisions "
                    "about the enquiry; of the Yes, whether an advocate, family or friend supported them.")),
        labels, labels.last());
    std::vector<qint64> supported, notSupported, supportNotRecorded;
    QSqlQuery query = reportsql::run(m_db, sql, scope(period).binds);
    while (query.next()) {
        const QString label = capacityLabel(query.value(0).toString());
        const std::vector<qint64> ids = idList(query.value(2));
        builder.add(label, ids);
        if (label != labels.at(0))
            continue;
        const QString support = query.value(1).toString();
        std::vector<qint64>& into = support == QLatin1String("yes") ? supported
            : support == QLatin1String("no")                        ? notSupported
                                                                    : supportNotRecorded;
        into.insert(into.end(), ids.begin(), ids.end());
    }
    SacTable table = builder.finish();
    // The first is the return's own row (its wording, as NHS England publishes it); the other two
    // are ours, so a "no" and a gap in the record are not mistaken for each other.
    table.ofWhich = {
        countOf(QStringLiteral("Of the enquiries recorded as Yes, in how many of these cases was support "
                               "provided by an advocate, family or friend"),
                supported),
        countOf(
            ReportText::tr("Of the enquiries recorded as Yes: no support from an advocate, family or friend"),
            notSupported),
        countOf(ReportText::tr("Of the enquiries recorded as Yes: support not recorded"),
                supportNotRecorded)};
    return withBundles(std::move(table), period);
}

SacTable ReportRepository::mspAsked(const ReportPeriod& period) const
{
    const QStringList& labels = sac::mspAskedAnswers();
    return withBundles(
        tableFrom(
            m_db, groupedQuery(scope(period), "c.msp_asked", ""), scope(period).binds,
            builderFor(heading("SG4a-asked", "SG4a",
                               ReportText::tr("Making Safeguarding Personal: asked about outcomes"),
                               ReportText::tr("Concluded s.42 enquiries by whether the person (or their "
                                              "representative) was asked what outcomes they wanted.")),
                       labels, labels.last()),
            asStored),
        period);
}

SacTable ReportRepository::outcomesAchieved(const ReportPeriod& period) const
{
    // One grade per enquiry from the achievement of each of its outcomes that has one: every
    // outcome fully achieved → Fully; every one not achieved → Not; anything else → Partially.
    const QString sql = QStringLiteral(
                            "SELECT (SELECT CASE WHEN count(*) = 0 THEN NULL"
                            " WHEN sum(a.achieved = 'fully') = count(*) THEN 'fully'"
                            " WHEN sum(a.achieved = 'not') = count(*) THEN 'not' ELSE 'partly' END"
                            " FROM desired_outcome o JOIN outcome_achievement a ON a.outcome_id = o.id"
                            " WHERE o.case_id = c.id), group_concat(c.id)")
        + scope(period).from + scope(period).where + QStringLiteral(" AND c.msp_asked = ? GROUP BY 1");
    return withBundles(
        tableFrom(m_db, sql, scope(period).binds << sac::kMspAskedExpressed,
                  builderFor(heading("SG4a-achieved", "SG4a",
                                     ReportText::tr("Making Safeguarding Personal: outcomes achieved"),
                                     ReportText::tr(
                                         "Concluded s.42 enquiries where outcomes were expressed, by how far "
                                         "they were achieved: all fully, Fully; all not, Not; otherwise "
                                         "Partially.")),
                             sac::outcomeAchievements()),
                  achievementLabel),
        period);
}

std::vector<SacTable> ReportRepository::sacTables(const ReportPeriod& period) const
{
    return {
        riskTypes(period),    riskLocations(period),   riskSources(period), riskAssessmentOutcomes(period),
        riskOutcomes(period), lackingCapacity(period), mspAsked(period),    outcomesAchieved(period)};
}

QDate ReportRepository::latestConcludedOn(const QDate& onOrBefore) const
{
    // closed_on is an ISO date, so text order is date order; '9999-12-31' means no bound.
    const QString bound = onOrBefore.isValid() ? onOrBefore.toString(Qt::ISODate)
                                               : QStringLiteral("9999-12-31");
    QSqlQuery query = reportsql::run(
        m_db,
        QStringLiteral(
            "SELECT max(x.closed_on) FROM closure x JOIN section42_decision d ON d.case_id = x.case_id"
            " WHERE d.decision = 'section-42-enquiry' AND x.closed_on <= ?"),
        {bound});
    return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

ReportDashboard ReportRepository::dashboard(const ReportPeriod& period) const
{
    // Ten queries over the same enquiries: find them once. The guard drops the table and
    // returns to the per-table scope however this ends.
    reportsql::gather(m_db, period);
    m_gathered = true;
    struct Release {
        const ReportRepository& reports;
        ~Release()
        {
            reports.m_gathered = false;
            try {
                reportsql::release(reports.m_db);
            } catch (const ReportFailed&) {
                // Nothing more to do: a temporary table goes with the connection.
            }
        }
    } release{*this};
    ReportDashboard dashboard;
    dashboard.period = period;
    dashboard.outcomes = outcomeMeasure(period);
    dashboard.tables = sacTables(period);
    dashboard.peoplesWords = peoplesWords(period);
    dashboard.demographics = demographics(period);
    dashboard.fromBundles = figuresFromBundles(period);
    return dashboard;
}

PreviousFigures ReportRepository::previousFigures(const ReportPeriod& period) const
{
    const ReportPeriod before = period.previous();
    PreviousFigures previous;
    previous.period = before;
    previous.outcomes = outcomeMeasure(before);
    previous.tables = sacTables(before);
    previous.activity = demographics(before).activity;
    return previous;
}

ReportDashboard ReportRepository::boardReport(const ReportPeriod& period) const
{
    ReportDashboard figures = dashboard(period);
    figures.previous = previousFigures(period);
    return figures;
}

} // namespace alongside::core
