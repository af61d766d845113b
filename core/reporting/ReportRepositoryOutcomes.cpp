// ReportRepository, continued: the sector outcome measure and the people's own words.
#include "reporting/ReportRepository.h"

#include "model/DesiredOutcome.h"
#include "model/SacCategories.h"
#include "reporting/ReportSql.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace alongside::core {

namespace {

using reportsql::idList;

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ReportRepository)
};

// One row: per concluded enquiry, a 0/1 for each fact (and its grade), gathered into id lists
// with group_concat, so 50,000 enquiries cost one row to read, not 50,000.
// The "24 hours" are on the wall clock, as CaseloadFlags counts them: by the same time the
// next day, or by the end of the next day when only the day of the concern is known.
// Advocacy is indicated when the latest advocacy check found a Care Act advocate required
// (Care Act 2014 s.67/s.68) or an IMCA must be instructed (MCA 2005 ss.37-39).
constexpr const char* kMeasureColumns =
    "SELECT group_concat(id),"
    " group_concat(CASE WHEN asked THEN id END),"
    " group_concat(CASE WHEN expressed THEN id END),"
    " group_concat(CASE WHEN expressed AND by_person THEN id END),"
    " group_concat(CASE WHEN expressed AND by_best_interests THEN id END),"
    " group_concat(CASE WHEN expressed AND by_advocate THEN id END),"
    " group_concat(CASE WHEN expressed AND grade = 'fully' THEN id END),"
    " group_concat(CASE WHEN expressed AND grade = 'partly' THEN id END),"
    " group_concat(CASE WHEN expressed AND grade = 'not' THEN id END),"
    " group_concat(CASE WHEN within_24_hours THEN id END),"
    " group_concat(CASE WHEN seen_alone THEN id END),"
    " group_concat(CASE WHEN advocacy_indicated THEN id END),"
    " group_concat(CASE WHEN advocacy_indicated AND advocate_referred THEN id END),"
    " group_concat(CASE WHEN advocacy_checked THEN id END),"
    " group_concat(CASE WHEN safer <> 'not-asked' THEN id END),"
    " group_concat(CASE WHEN safer = 'yes' THEN id END),"
    " group_concat(CASE WHEN safer = 'partly' THEN id END),"
    " group_concat(CASE WHEN safer = 'no' THEN id END),"
    " group_concat(CASE WHEN answered_by <> 'not-asked' THEN id END),"
    " group_concat(CASE WHEN answered_by NOT IN ('not-asked', 'person') THEN id END),"
    " group_concat(CASE WHEN answered_by <> 'not-asked' AND listened = 'yes' THEN id END),"
    " group_concat(CASE WHEN answered_by <> 'not-asked' AND listened = 'partly' THEN id END),"
    " group_concat(CASE WHEN answered_by <> 'not-asked' AND involved = 'yes' THEN id END),"
    " group_concat(CASE WHEN answered_by <> 'not-asked' AND involved = 'partly' THEN id END)"
    " FROM (SELECT c.id AS id,"
    " x.feels_safer AS safer, coalesce(x.experience_answered_by, 'not-asked') AS answered_by,"
    " x.listened_to AS listened, x.involved AS involved,"
    " EXISTS (SELECT 1 FROM advocacy_check k WHERE k.case_id = c.id) AS advocacy_checked,"
    " c.msp_asked IN (?, ?) AS asked,"
    " c.msp_asked = ? AS expressed,"
    " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'person') AS by_person,"
    " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'best-interests')"
    " AS by_best_interests,"
    " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'advocate') AS "
    "by_advocate,"
    " (SELECT CASE WHEN count(*) = 0 THEN NULL"
    " WHEN sum(a.achieved = 'fully') = count(*) THEN 'fully'"
    " WHEN sum(a.achieved = 'not') = count(*) THEN 'not' ELSE 'partly' END"
    " FROM desired_outcome o JOIN outcome_achievement a ON a.outcome_id = o.id WHERE o.case_id = c.id) AS "
    "grade,"
    " (SELECT min(v.held_at) FROM conversation v WHERE v.case_id = c.id)"
    " <= date(n.received_on, '+1 day') || 'T' || coalesce(n.received_time, '23:59:59') AS within_24_hours,"
    " EXISTS (SELECT 1 FROM conversation v WHERE v.case_id = c.id AND v.seen_alone = 1) AS seen_alone,"
    " (SELECT k.care_act_result = 'required' OR k.imca_result = 'must' FROM advocacy_check k"
    " WHERE k.case_id = c.id ORDER BY k.checked_on DESC, k.id DESC LIMIT 1) AS advocacy_indicated,"
    " EXISTS (SELECT 1 FROM advocate_referral r WHERE r.case_id = c.id) AS advocate_referred";

ReportFraction fraction(const char* key, const QString& label, const QVariant& ids, int outOf,
                        const QString& outOfLabel)
{
    ReportFraction line;
    line.key = QLatin1String(key);
    line.label = label;
    line.caseIds = idList(ids);
    line.count = static_cast<int>(line.caseIds.size());
    line.outOf = outOf;
    line.outOfLabel = outOfLabel;
    return line;
}

QString initialOf(const QString& name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed.left(1).toUpper() + u'.';
}

// "D. M." from the given and family names; the name they like to be called when both are empty.
QString initials(const QString& given, const QString& family, const QString& preferred)
{
    QStringList parts;
    for (const QString& name : {given, family}) {
        if (const QString initial = initialOf(name); !initial.isEmpty())
            parts << initial;
    }
    if (parts.isEmpty() && !initialOf(preferred).isEmpty())
        parts << initialOf(preferred);
    return parts.join(u' ');
}

} // namespace

OutcomeMeasure ReportRepository::outcomeMeasure(const ReportPeriod& period) const
{
    const reportsql::EnquiryScope inScope = scope(period);
    const QString sql = QLatin1String(kMeasureColumns) + inScope.from
        + QStringLiteral(" JOIN concern n ON n.case_id = c.id") + inScope.where + QStringLiteral(")");
    QSqlQuery query = reportsql::run(
        m_db, sql,
        QVariantList{sac::kMspAskedExpressed, sac::kMspAskedNoneExpressed, sac::kMspAskedExpressed}
            + inScope.binds);
    OutcomeMeasure measure;
    measure.period = period;
    if (!query.next())
        return withBundles(std::move(measure), period);
    measure.enquiryIds = idList(query.value(0));
    const int enquiries = static_cast<int>(measure.enquiryIds.size());
    measure.enquiries = enquiries;
    const QString ofEnquiries = ReportText::tr("concluded s.42 enquiries");
    measure.asked = fraction("asked", ReportText::tr("Asked about the outcomes they wanted"), query.value(1),
                             enquiries, ofEnquiries);
    measure.expressed = fraction("expressed", ReportText::tr("Expressed the outcomes they wanted"),
                                 query.value(2), enquiries, ofEnquiries);
    const int expressed = measure.expressed.count;
    const QString ofExpressed = ReportText::tr("enquiries where outcomes were expressed");
    measure.expressedDirectly = fraction("expressed-directly", ReportText::tr("In their own words"),
                                         query.value(3), expressed, ofExpressed);
    measure.expressedThroughBestInterests = fraction("expressed-best-interests",
                                                     ReportText::tr("Through a best-interests decision"),
                                                     query.value(4), expressed, ofExpressed);
    measure.expressedThroughAdvocate = fraction("expressed-advocate", ReportText::tr("Through an advocate"),
                                                query.value(5), expressed, ofExpressed);
    measure.fullyAchieved = fraction("fully-achieved", sac::kFullyAchieved, query.value(6), expressed,
                                     ofExpressed);
    measure.partlyAchieved = fraction("partly-achieved", sac::kPartiallyAchieved, query.value(7), expressed,
                                      ofExpressed);
    measure.notAchieved = fraction("not-achieved", sac::kNotAchieved, query.value(8), expressed, ofExpressed);
    measure.fullyOrPartlyAchieved = fraction("fully-or-partly-achieved",
                                             ReportText::tr("Outcomes fully or partly achieved"), QVariant(),
                                             expressed, ofExpressed);
    std::vector<qint64>& met = measure.fullyOrPartlyAchieved.caseIds;
    met = measure.fullyAchieved.caseIds;
    met.insert(met.end(), measure.partlyAchieved.caseIds.begin(), measure.partlyAchieved.caseIds.end());
    std::sort(met.begin(), met.end());
    measure.fullyOrPartlyAchieved.count = static_cast<int>(met.size());
    measure.seenWithin24Hours = fraction("seen-within-24-hours",
                                         ReportText::tr("Spoken with within 24 hours of the concern"),
                                         query.value(9), enquiries, ofEnquiries);
    measure.seenAlone = fraction("seen-alone", ReportText::tr("Seen on their own at least once"),
                                 query.value(10), enquiries, ofEnquiries);
    // Not checked is not the same as not needed: the share is of the enquiries checked.
    measure.advocacyChecked = fraction("advocacy-checked", ReportText::tr("Advocacy checked"),
                                       query.value(13), enquiries, ofEnquiries);
    measure.advocacyIndicated = fraction(
        "advocacy-indicated", ReportText::tr("Advocacy indicated by the latest check"), query.value(11),
        measure.advocacyChecked.count, ReportText::tr("enquiries where advocacy was checked"));
    measure.advocacyProvided = fraction(
        "advocacy-provided", ReportText::tr("Referred to an advocate, where indicated"), query.value(12),
        measure.advocacyIndicated.count, ReportText::tr("enquiries where advocacy was indicated"));

    measure.askedFeelsSafer = fraction("asked-feels-safer", ReportText::tr("Asked whether they feel safer"),
                                       query.value(14), enquiries, ofEnquiries);
    const int askedSafer = measure.askedFeelsSafer.count;
    const QString ofAskedSafer = ReportText::tr("enquiries where they were asked");
    measure.feelsSafer = fraction("feels-safer", ReportText::tr("Feel safer"), query.value(15), askedSafer,
                                  ofAskedSafer);
    measure.feelsPartlySafer = fraction("feels-partly-safer", ReportText::tr("Feel partly safer"),
                                        query.value(16), askedSafer, ofAskedSafer);
    measure.doesNotFeelSafer = fraction("does-not-feel-safer", ReportText::tr("Do not feel safer"),
                                        query.value(17), askedSafer, ofAskedSafer);
    measure.experienceAsked = fraction(
        "experience-asked", ReportText::tr("Asked how it was for them (the person or a representative)"),
        query.value(18), enquiries, ofEnquiries);
    const int answered = measure.experienceAsked.count;
    const QString ofAnswered = ReportText::tr("enquiries where someone answered");
    measure.answeredByRepresentative = fraction("answered-by-representative",
                                                ReportText::tr("Answered by a representative for them"),
                                                query.value(19), answered, ofAnswered);
    measure.listenedTo = fraction("listened-to", ReportText::tr("Felt listened to"), query.value(20),
                                  answered, ofAnswered);
    measure.listenedToPartly = fraction("listened-to-partly", ReportText::tr("Felt partly listened to"),
                                        query.value(21), answered, ofAnswered);
    measure.involved = fraction("involved", ReportText::tr("Felt involved as much as they wanted"),
                                query.value(22), answered, ofAnswered);
    measure.involvedPartly = fraction("involved-partly", ReportText::tr("Felt partly involved"),
                                      query.value(23), answered, ofAnswered);
    return withBundles(std::move(measure), period);
}

std::vector<PeoplesWords> ReportRepository::peoplesWords(const ReportPeriod& period) const
{
    const QString sql =
        QStringLiteral(
            "SELECT c.id, p.given_name, p.family_name, p.preferred_name,"
            " (SELECT r.wording FROM outcome_revision r WHERE r.outcome_id = o.id ORDER BY r.id DESC"
            " LIMIT 1), a.achieved, c.closed_on")
        + scope(period).from
        + QStringLiteral(" JOIN person p ON p.id = c.person_id"
                         " JOIN desired_outcome o ON o.case_id = c.id AND o.voice = 'person'"
                         " LEFT JOIN outcome_achievement a ON a.outcome_id = o.id")
        + scope(period).where + QStringLiteral(" ORDER BY c.closed_on, c.id, o.position");
    QSqlQuery query = reportsql::run(m_db, sql, scope(period).binds);
    std::vector<PeoplesWords> words;
    while (query.next()) {
        PeoplesWords row;
        row.caseId = query.value(0).toLongLong();
        row.initials = initials(query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString());
        row.words = query.value(4).toString();
        const std::optional<Achievement> achieved = achievementFromCode(query.value(5).toString());
        row.achievement = achieved ? sacLabel(*achieved) : QString();
        row.closedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        words.push_back(std::move(row));
    }
    return words;
}

} // namespace alongside::core
