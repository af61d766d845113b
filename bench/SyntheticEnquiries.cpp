#include "SyntheticEnquiries.h"

#include "SplitMix.h"

#include "model/SacCategories.h"
#include "storage/repositories/CaseStage.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>
#include <stdexcept>
#include <tuple>

namespace alongside::bench {

namespace {

constexpr quint64 kEnquirySeed = 0x5AC2025;

// One prepared INSERT, reused for every row of its table.
class Inserter {
public:
    Inserter(const QSqlDatabase& db, const QString& sql) : m_query(db)
    {
        if (!m_query.prepare(sql))
            throw std::runtime_error("prepare failed: " + m_query.lastError().text().toStdString());
        m_table = sql.section(u' ', 2, 2);
    }
    void operator()(const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            throw std::runtime_error("insert failed: " + m_query.lastError().text().toStdString());
        ++m_rows;
    }
    QString table() const { return m_table; }
    int rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    QString m_table;
    int m_rows = 0;
};

QVariant null()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString moment(const QDate& date, int minutes)
{
    return day(date)
        + QStringLiteral("T%1:%2:00")
              .arg(minutes / 60 % 24, 2, 10, QChar(u'0'))
              .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// A label, or NULL `missingPercent` times in a hundred.
QVariant sometimes(SplitMix& random, const QStringList& labels, std::size_t missingPercent)
{
    return random.percent(missingPercent) ? null() : QVariant(random.pick(labels));
}

// SG1e: a few people have one of its two conditions, fixed by who they are (no random draw, so
// every other detail is drawn as before SG1e was counted).
QVariant autismFor(int who)
{
    if (who % 29 == 0)
        return core::sac::autismConditions().at(0);
    if (who % 61 == 0)
        return core::sac::autismConditions().at(1);
    return null();
}

} // namespace

QJsonObject writeSyntheticEnquiries(const QSqlDatabase& db, int enquiries)
{
    QSqlDatabase writable = db;
    if (!writable.transaction())
        throw std::runtime_error("could not begin the enquiry transaction");
    SplitMix random(kEnquirySeed);
    const QString created = QStringLiteral("2026-04-01T09:00:00");
    // SG1's details come from their own random stream, so the enquiries themselves are drawn
    // exactly as before SG1 was counted.
    SplitMix people(kEnquirySeed ^ 0x5611);
    Inserter person(
        db,
        QStringLiteral("INSERT INTO person (id, given_name, family_name, date_of_birth, nhs_number,"
                       " gender, ethnicity, primary_support_reason, autism_condition,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter enquiry(
        db,
        QStringLiteral(
            "INSERT INTO safeguarding_case (id, person_id, reference, stage, concern_received_on, closed_on, "
            "created_at,"
            " msp_asked, lacked_capacity, capacity_support) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter concern(
        db,
        QStringLiteral(
            "INSERT INTO concern (case_id, received_on, received_time, person_knows,"
            " children_at_risk, other_adults_at_risk) VALUES (?, ?, ?, 'yes', 'no', 'not-known')"));
    Inserter riskLocation(
        db,
        QStringLiteral("INSERT INTO concern_risk_location (case_id, position, location) VALUES (?, ?, ?)"));
    Inserter riskSource(
        db, QStringLiteral("INSERT INTO concern_risk_source (case_id, position, source) VALUES (?, ?, ?)"));
    Inserter riskType(
        db, QStringLiteral("INSERT INTO concern_risk_type (case_id, position, risk_type) VALUES (?, ?, ?)"));
    Inserter decision(db,
                      QStringLiteral("INSERT INTO section42_decision (case_id, care_needs, abuse_or_risk, "
                                     "unable_to_protect, decision, decided_on)"
                                     " VALUES (?, 'yes', 'yes', 'yes', ?, ?)"));
    Inserter conversation(
        db,
        QStringLiteral(
            "INSERT INTO conversation (case_id, held_at, seen_alone, written_at) VALUES (?, ?, ?, ?)"));
    Inserter outcome(
        db, QStringLiteral("INSERT INTO desired_outcome (id, case_id, voice, position) VALUES (?, ?, ?, ?)"));
    Inserter revision(
        db,
        QStringLiteral("INSERT INTO outcome_revision (outcome_id, recorded_on, wording) VALUES (?, ?, ?)"));
    Inserter achievement(
        db,
        QStringLiteral(
            "INSERT INTO outcome_achievement (outcome_id, achieved, recorded_on) VALUES (?, ?, ?)"));
    Inserter closure(
        db,
        QStringLiteral(
            "INSERT INTO closure (case_id, closed_on, feels_safer, risk_assessment_outcome, risk_outcome)"
            " VALUES (?, ?, 'yes', ?, ?)"));
    Inserter check(
        db,
        QStringLiteral(
            "INSERT INTO advocacy_check (case_id, process, checked_on, care_act_result, imca_result, "
            "situation,"
            " imca_situation, created_at) VALUES (?, 'section-42-enquiry', ?, ?, ?, '{}', '{}', ?)"));
    Inserter referral(
        db,
        QStringLiteral("INSERT INTO advocate_referral (case_id, referred_on, role, provider, created_at)"
                       " VALUES (?, ?, 'care-act', 'Example Advocacy', ?)"));

    const QStringList wordings = {QStringLiteral("To feel safe at home"),
                                  QStringLiteral("For the calls to stop"),
                                  QStringLiteral("To keep seeing my grandson"),
                                  QStringLiteral("To manage my own money again"),
                                  QStringLiteral("To choose who comes into my room"),
                                  QStringLiteral("To go back to the day centre")};
    const QStringList achievements = {QStringLiteral("fully"), QStringLiteral("fully"),
                                      QStringLiteral("partly"), QStringLiteral("partly"),
                                      QStringLiteral("not")};
    const QDate firstDay(2021, 4, 1);
    qint64 outcomeId = 0;
    for (int i = 1; i <= enquiries; ++i) {
        // Cases are numbered as concerns arrive, as in a real store: ids follow the days.
        const QDate received = firstDay.addDays(static_cast<qint64>(i - 1) * (5 * 365) / enquiries);
        const int minutes = random.between(7 * 60, 19 * 60);
        const bool timeKnown = !random.oneIn(6);
        const int kind = random.between(1,
                                        100); // 1-65 s.42, 66-85 other, 86-95 no enquiry, 96-100 concern only
        const char* decisionCode = kind <= 65 ? "section-42-enquiry"
            : kind <= 85                      ? "other-enquiry"
                                              : "no-enquiry";
        const bool decided = kind <= 95;
        const bool closed = decided && random.percent(80);
        QDate closedOn = received.addDays(random.between(10, 150));
        if (closedOn > QDate(2026, 3, 31))
            closedOn = QDate();
        const bool isClosed = closed && closedOn.isValid();
        const QString stage = isClosed ? core::kStageClosed
            : !decided                 ? core::kStageConcern
            : kind <= 85               ? core::kStageEnquiry
                                       : core::kStageNoEnquiry;
        const QVariant asked = isClosed ? sometimes(random, core::sac::mspAskedAnswers(), 8) : null();
        const int capacityPick = random.between(1, 100);
        const QVariant lacked = capacityPick <= 25 ? QVariant(QStringLiteral("yes"))
            : capacityPick <= 80                   ? QVariant(QStringLiteral("no"))
            : capacityPick <= 88                   ? QVariant(QStringLiteral("dont-know"))
                                                   : null();
        const QVariant support = lacked == QVariant(QStringLiteral("yes"))
            ? (random.percent(70)       ? QVariant(QStringLiteral("yes"))
                   : random.percent(70) ? QVariant(QStringLiteral("no"))
                                        : null())
            : null();

        // About one case in five is about someone already met (the same NHS number, name and day
        // of birth three cases back): SG1 counts individuals once.
        const int who = i > 3 && people.percent(20) ? i - 3 : i;
        const QDate born = QDate(1925, 1, 1).addDays(static_cast<qint64>((who * 7919LL) % (75 * 365)));
        person({i, QStringLiteral("Given%1").arg(who % 977), QStringLiteral("Sample-%1").arg(who),
                people.percent(6) ? null() : QVariant(day(born)),
                people.percent(10) ? null() : QVariant(QStringLiteral("9%1").arg(who, 9, 10, QChar(u'0'))),
                sometimes(people, core::sac::genders(), 3), sometimes(people, core::sac::ethnicities(), 8),
                sometimes(people, core::sac::primarySupportReasons(), 10), autismFor(who), created});
        enquiry({i, i, QStringLiteral("SAC-%1").arg(i, 6, 10, QChar(u'0')), stage, day(received),
                 isClosed ? QVariant(day(closedOn)) : null(), created, asked, lacked, support});
        concern({i, day(received),
                 timeKnown ? QVariant(QStringLiteral("%1:%2:00")
                                          .arg(minutes / 60, 2, 10, QChar(u'0'))
                                          .arg(minutes % 60, 2, 10, QChar(u'0')))
                           : null()});
        // Drawn where they always were; every seventh enquiry has a second location and source too.
        const QVariant location = sometimes(random, core::sac::riskLocations(), 5);
        const QVariant source = sometimes(random, core::sac::riskSources(), 7);
        for (const auto& [value, labels, into] :
             {std::tuple{location, &core::sac::riskLocations(), &riskLocation},
              std::tuple{source, &core::sac::riskSources(), &riskSource}}) {
            if (value.isNull())
                continue;
            (*into)({i, 0, value});
            if (i % 7 == 0) {
                const qsizetype next = (labels->indexOf(value.toString()) + 1) % labels->size();
                (*into)({i, 1, labels->at(next)});
            }
        }
        // One type of risk for most; two or three for a third.
        const int types = random.percent(67) ? 1 : random.between(2, 3);
        QStringList chosen;
        while (chosen.size() < types) {
            const QString type = random.pick(core::sac::riskTypes());
            if (!chosen.contains(type))
                chosen << type;
        }
        for (int t = 0; t < chosen.size(); ++t)
            riskType({i, t, chosen.at(t)});
        if (decided)
            decision({i, QString::fromLatin1(decisionCode), day(received.addDays(random.between(0, 3)))});

        // Conversations: most within a day, some later, a few never.
        const int talks = random.percent(8) ? 0 : random.between(1, 3);
        for (int c = 0; c < talks; ++c) {
            const int after = c == 0
                ? (random.percent(75) ? random.between(30, 20 * 60) : random.between(25 * 60, 6 * 24 * 60))
                : random.between(2 * 24 * 60, 60 * 24 * 60);
            const QString held = moment(received.addDays((minutes + after) / (24 * 60)),
                                        (minutes + after) % (24 * 60));
            conversation({i, held, random.percent(55) ? 1 : 0, held});
        }
        // Outcomes where the person was asked and expressed them (and some where not recorded).
        const bool expressed = asked == QVariant(core::sac::kMspAskedExpressed)
            || (asked.isNull() && random.percent(30));
        if (expressed || (!isClosed && random.percent(50))) {
            const int count = random.between(1, 3);
            for (int o = 0; o < count; ++o) {
                ++outcomeId;
                const int voicePick = random.between(1, 100);
                const char* voice = voicePick <= 75 ? "person"
                    : voicePick <= 90               ? "best-interests"
                                                    : "advocate";
                outcome({outcomeId, i, QString::fromLatin1(voice), o + 1});
                revision({outcomeId, day(received.addDays(1)), random.pick(wordings)});
                if (random.percent(30))
                    revision({outcomeId, day(received.addDays(random.between(7, 40))),
                              random.pick(wordings) + QStringLiteral(", with help")});
                if (isClosed && random.percent(85))
                    achievement({outcomeId, random.pick(achievements), day(closedOn)});
            }
        }
        if (isClosed) {
            const QVariant assessment = sometimes(random, core::sac::riskAssessmentOutcomes(), 4);
            const bool action = !assessment.isNull() && core::sac::isActionTaken(assessment.toString());
            closure({i, day(closedOn), assessment,
                     action ? sometimes(random, core::sac::riskOutcomes(), 6) : null()});
        }
        if (decided && random.percent(18)) {
            const QString on = day(received.addDays(random.between(1, 9)));
            check({i, on, random.percent(60) ? QStringLiteral("required") : QStringLiteral("not-required"),
                   random.percent(15) ? QStringLiteral("must") : QStringLiteral("does-not-apply"), created});
            if (random.percent(65))
                referral({i, on, created});
        }
    }
    if (!writable.commit())
        throw std::runtime_error("could not commit the enquiries");
    QJsonObject rows;
    for (const Inserter* table :
         {&person, &enquiry, &concern, &riskLocation, &riskSource, &riskType, &decision, &conversation,
          &outcome, &revision, &achievement, &closure, &check, &referral})
        rows.insert(table->table(), table->rows());
    return rows;
}

} // namespace alongside::bench
