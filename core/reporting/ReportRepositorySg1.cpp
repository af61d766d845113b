// ReportRepository, continued: SAC SG1, the period's safeguarding activity and the adults at risk
// involved in it (NHS England, SAC guidance 2024-25, "SG1: Demographics"; docs/reporting.md).
#include "reporting/ReportRepository.h"

#include "model/SacCategories.h"
#include "reporting/ReportSql.h"
#include "reporting/SacTableBuilder.h"

#include <QCoreApplication>

#include <array>
#include <map>

namespace alongside::core {

namespace {

using reportsql::idList;

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ReportRepository)
};

// The cases of SG1's period: "safeguarding concerns that were raised or safeguarding enquiries
// that commenced during the reporting year" (the guidance). A concern is raised the day it
// arrived; an enquiry commences the day it was decided on, or, where no day was recorded, the
// day its concern arrived. Both halves of the UNION use an index (schema step 7).
constexpr const char* kCasesOfThePeriod =
    " FROM (SELECT id FROM safeguarding_case WHERE concern_received_on BETWEEN ? AND ?"
    " UNION SELECT case_id FROM section42_decision WHERE decided_on BETWEEN ? AND ?) s"
    " CROSS JOIN safeguarding_case c ON c.id = s.id JOIN person p ON p.id = c.person_id"
    " LEFT JOIN section42_decision d ON d.case_id = c.id";

// Each case in the three columns it can count in: concerns raised in the period, section 42
// enquiries begun in it, other enquiries begun in it ("Safeguarding Enquiries are a subset of
// Safeguarding Concerns … recorded as a Concern and then as an Enquiry"). %1-%3 name the columns.
constexpr const char* kColumnIds =
    " group_concat(CASE WHEN c.concern_received_on BETWEEN ? AND ? THEN c.id END)%1,"
    " group_concat(CASE WHEN d.decision = 'section-42-enquiry'"
    " AND coalesce(d.decided_on, c.concern_received_on) BETWEEN ? AND ? THEN c.id END)%2,"
    " group_concat(CASE WHEN d.decision = 'other-enquiry'"
    " AND coalesce(d.decided_on, c.concern_received_on) BETWEEN ? AND ? THEN c.id END)%3";

// One individual, however many cases they have: the NHS number where recorded; otherwise the
// names and date of birth; otherwise the case itself (docs/reporting.md says why).
constexpr const char* kIndividual =
    "CASE WHEN coalesce(p.nhs_number, '') <> '' THEN 'n' || p.nhs_number"
    " WHEN p.date_of_birth IS NOT NULL"
    " THEN 'b' || lower(trim(p.given_name)) || '|' || lower(trim(p.family_name)) || '|' || p.date_of_birth"
    " ELSE 'c' || c.id END";

// Age on the last day of the period (SG1a), from the day of birth as stored (YYYY-MM-DD).
constexpr const char* kAgeAtPeriodEnd =
    "CASE WHEN p.date_of_birth IS NULL THEN NULL"
    " ELSE CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(p.date_of_birth, 1, 4) AS INTEGER)"
    " - (substr(?, 6, 5) < substr(p.date_of_birth, 6, 5)) END";

constexpr const char* kAgeBand =
    "CASE WHEN age IS NULL THEN NULL WHEN age < 18 THEN 'under-18' WHEN age <= 64 THEN '18-64'"
    " WHEN age <= 74 THEN '65-74' WHEN age <= 84 THEN '75-84' WHEN age <= 94 THEN '85-94' ELSE '95+' END";

constexpr std::size_t kColumns = 3;
const QString kUnder18 = QStringLiteral("under-18");

QVariantList twice(const ReportPeriod& period, int times)
{
    QVariantList binds;
    for (int i = 0; i < times; ++i)
        binds << period.isoFrom() << period.isoTo();
    return binds;
}

// What one column of one SG1 table gathers: per label, how many and the cases behind them.
struct Tally {
    int count = 0;
    std::vector<qint64> ids;
    void add(int more, const std::vector<qint64>& cases)
    {
        count += more;
        ids.insert(ids.end(), cases.begin(), cases.end());
    }
};
using ColumnTally = std::map<QString, Tally>; // by label; "" = not recorded

QStringList columnHeadings(bool individuals)
{
    // The return's words (the guidance, SG1a); SG1d counts the concerns and enquiries themselves.
    if (individuals)
        return {QStringLiteral("Individuals Involved In Safeguarding Concerns"),
                QStringLiteral("Individuals Involved In Section 42 Safeguarding Enquiries"),
                QStringLiteral("Individuals Involved In Other Safeguarding Enquiries")};
    return {QStringLiteral("Safeguarding Concerns"), QStringLiteral("Section 42 Safeguarding Enquiries"),
            QStringLiteral("Other Safeguarding Enquiries")};
}

// Lays one column's tally on the return's labels. `notKnownRow`: the published row that holds
// those with nothing recorded (also shown apart, as "of which not recorded in Alongside"), or
// empty where the return has none; then they are shown beside the table, as `besideLabel`.
SacTable columnTable(const QString& key, const QString& heading, const QStringList& labels,
                     const ColumnTally& tally, const QString& notKnownRow, const QString& besideLabel,
                     const std::optional<Tally>& under18)
{
    SacTable table;
    table.key = key;
    table.code = key.left(4);
    table.title = heading;
    const auto found = [&tally](const QString& label) {
        const auto at = tally.find(label);
        return at == tally.end() ? Tally() : at->second;
    };
    std::vector<qint64> all;
    Tally unrecorded;
    for (const auto& [label, counted] : tally) {
        if (label.isEmpty() || !labels.contains(label))
            unrecorded.add(counted.count, counted.ids); // nothing recorded, or not one of the labels
    }
    unrecorded.ids = mergedIds(std::move(unrecorded.ids));
    for (const QString& label : labels) {
        Tally row = found(label);
        if (label == notKnownRow)
            row.add(unrecorded.count, unrecorded.ids);
        row.ids = mergedIds(std::move(row.ids));
        table.total += row.count;
        all.insert(all.end(), row.ids.begin(), row.ids.end());
        table.rows.push_back({label, row.count, row.ids});
    }
    if (!notKnownRow.isEmpty()) {
        table.ofWhich.push_back({ReportText::tr("Of the %1: nothing recorded in Alongside").arg(notKnownRow),
                                 unrecorded.count, unrecorded.ids});
    } else {
        table.notRecorded = ReportCount{besideLabel, unrecorded.count, unrecorded.ids};
        all.insert(all.end(), unrecorded.ids.begin(), unrecorded.ids.end());
    }
    if (under18) {
        table.ofWhich.push_back({sg1aUnder18Label(), under18->count, mergedIds(under18->ids)});
        all.insert(all.end(), under18->ids.begin(), under18->ids.end());
    }
    table.enquiryIds = mergedIds(std::move(all));
    table.enquiries = static_cast<int>(table.enquiryIds.size());
    return table;
}

SacColumnsTable columnsTable(const char* key, const QString& title, const QString& counts, bool individuals,
                             const QStringList& labels, const std::array<ColumnTally, kColumns>& tallies,
                             const QString& notKnownRow, const QString& besideLabel = {},
                             const std::array<std::optional<Tally>, kColumns>& under18 = {})
{
    SacColumnsTable table;
    table.key = QLatin1String(key);
    table.code = table.key;
    table.title = title;
    table.counts = counts;
    table.columns = columnHeadings(individuals);
    for (std::size_t column = 0; column < kColumns; ++column)
        table.byColumn.push_back(columnTable(table.key, table.columns.at(static_cast<qsizetype>(column)),
                                             labels, tallies.at(column), notKnownRow, besideLabel,
                                             under18.at(column)));
    return table;
}

} // namespace

QString sg1aUnder18Label()
{
    return ReportText::tr(
        "Under 18 on the last day of the period (not counted in the return: check the date of "
        "birth)");
}

SacDemographics ReportRepository::demographics(const ReportPeriod& period) const
{
    SacDemographics result;
    result.period = period;
    const QString cases = QLatin1String(kCasesOfThePeriod);

    // Individuals (SG1a-SG1c): one row per individual, with their details from their most recent
    // case of the period (SQLite takes a bare column from the row max() picks), then gathered by
    // age band, gender and ethnicity, so a handful of rows reach the driver, not thousands.
    const QString individualsSql =
        QStringLiteral("SELECT %1 AS band, gender, ethnicity,"
                       " sum(concerns IS NOT NULL), sum(s42 IS NOT NULL), sum(other IS NOT NULL),"
                       " group_concat(concerns), group_concat(s42), group_concat(other), count(*)"
                       " FROM (SELECT %2 AS age, p.gender AS gender, p.ethnicity AS ethnicity, max(c.id),"
                       " %3 AS who,")
            .arg(QLatin1String(kAgeBand), QLatin1String(kAgeAtPeriodEnd), QLatin1String(kIndividual))
        + QString::fromLatin1(kColumnIds)
              .arg(QStringLiteral(" AS concerns"), QStringLiteral(" AS s42"), QStringLiteral(" AS other"))
        + cases + QStringLiteral(" GROUP BY who) GROUP BY 1, 2, 3");
    std::array<ColumnTally, kColumns> byAge, byGender, byEthnicity;
    std::array<std::optional<Tally>, kColumns> under18;
    QSqlQuery individuals = reportsql::run(m_db, individualsSql,
                                           QVariantList{period.isoTo(), period.isoTo()} + twice(period, 5));
    while (individuals.next()) {
        const QString band = individuals.value(0).toString();
        const QString gender = individuals.value(1).toString();
        const QString ethnicity = individuals.value(2).toString();
        for (std::size_t column = 0; column < kColumns; ++column) {
            const int index = static_cast<int>(column);
            const int people = individuals.value(3 + index).toInt();
            if (people == 0)
                continue;
            const std::vector<qint64> ids = idList(individuals.value(6 + index));
            if (band == kUnder18) {
                if (!under18[column])
                    under18[column] = Tally();
                under18[column]->add(people, ids);
            } else {
                byAge[column][band].add(people, ids);
            }
            byGender[column][gender].add(people, ids);
            byEthnicity[column][ethnicity].add(people, ids);
        }
        result.individuals += individuals.value(9).toInt();
    }

    // Activity (SG1d, SG1e, and SG1f's totals): each concern and enquiry once, by the primary
    // support reason and the autism condition on its own case ("Mr X ... can appear multiple
    // times in Tables SG1d and SG1e"). One query for both, so SG1 stays one pass over the cases.
    const QString activitySql = QStringLiteral("SELECT p.primary_support_reason, p.autism_condition,")
        + QString::fromLatin1(kColumnIds).arg(QString(), QString(), QString()) + cases
        + QStringLiteral(" GROUP BY 1, 2");
    std::array<ColumnTally, kColumns> bySupportReason, byAutism;
    std::array<std::vector<qint64>, kColumns> allActivity;
    QSqlQuery activity = reportsql::run(m_db, activitySql, twice(period, 5));
    while (activity.next()) {
        const QString reason = activity.value(0).toString();
        const QString autism = activity.value(1).toString();
        for (std::size_t column = 0; column < kColumns; ++column) {
            const std::vector<qint64> ids = idList(activity.value(2 + static_cast<int>(column)));
            bySupportReason[column][reason].add(static_cast<int>(ids.size()), ids);
            byAutism[column][autism].add(static_cast<int>(ids.size()), ids);
            allActivity[column].insert(allActivity[column].end(), ids.begin(), ids.end());
        }
    }

    const QString individualsCounted = ReportText::tr(
        "Adults at risk involved in the concerns raised and the enquiries begun in the period, each "
        "once in a column however many cases they had, with the details of their most recent case.");
    result.tables.push_back(columnsTable(
        "SG1a", ReportText::tr("Age band"),
        individualsCounted + u' ' + ReportText::tr("Age on the last day of the period."), true,
        sac::ageBands(), byAge, {}, ReportText::tr("Age not known (no date of birth recorded)"), under18));
    result.tables.push_back(columnsTable("SG1b", ReportText::tr("Gender"), individualsCounted, true,
                                         sac::genders(), byGender, sac::genders().last()));
    result.tables.push_back(columnsTable("SG1c", ReportText::tr("Ethnicity"), individualsCounted, true,
                                         sac::ethnicities(), byEthnicity, sac::ethnicities().last()));
    result.tables.push_back(columnsTable(
        "SG1d", ReportText::tr("Primary support reason"),
        ReportText::tr("The concerns raised and the enquiries begun in the period, each once, by the primary "
                       "support reason on its case: someone with three enquiries counts three times."),
        false, sac::primarySupportReasons(), bySupportReason, sac::primarySupportReasons().last()));
    result.tables.push_back(columnsTable(
        "SG1e", ReportText::tr("Autism"),
        ReportText::tr(
            "The concerns raised and the enquiries begun in the period, each once, where the person "
            "on the case has one of the two conditions the return names."),
        false, sac::autismConditions(), byAutism, {},
        ReportText::tr("Neither recorded (not counted in SG1e)")));

    SacTable& totals = result.activity;
    totals.key = QStringLiteral("SG1f");
    totals.code = QStringLiteral("SG1f");
    totals.title = ReportText::tr("Safeguarding activity");
    totals.counts = ReportText::tr(
        "The concerns raised in the period, and the section 42 and other enquiries "
        "begun in it. A concern that led to an enquiry counts as both.");
    std::vector<qint64> all;
    for (std::size_t column = 0; column < kColumns; ++column) {
        ReportCount row = countOf(sac::activityCounts().at(static_cast<qsizetype>(column)),
                                  allActivity[column]);
        totals.total += row.count;
        all.insert(all.end(), row.caseIds.begin(), row.caseIds.end());
        totals.rows.push_back(std::move(row));
    }
    totals.enquiryIds = mergedIds(std::move(all));
    totals.enquiries = static_cast<int>(totals.enquiryIds.size());
    return withBundles(std::move(result), period);
}

} // namespace alongside::core
