#include "SyntheticJourney.h"

#include "SplitMix.h"

#include "model/Answers.h"
#include "model/DesiredOutcome.h"
#include "model/Person.h"
#include "model/SacCategories.h"
#include "storage/repositories/StoredValues.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <array>
#include <set>

namespace alongside::bench {

namespace {

using namespace core;

// The journey is written once, through the driver, before the file is copied for the raw
// side (see BenchRun::fillJourneys), so this SQL runs on one side only and is not timed.
enum Table {
    PersonDetails, ImportantPeople, Representatives, MspAsked, Concerns, RiskTypes, RiskLocations, RiskSources, Decisions,
    Conversations, PersonsWords, Outcomes, Revisions, Achievements, Actions, Closures, Addenda, TableCount
};

const std::array<const char*, TableCount> kSql = {
    "UPDATE person SET nhs_number = ?, address = ?, phone = ?, email = ?, language = ?, needs_interpreter = ?,"
    " hearing_needs = ?, sight_needs = ?, learning_disability = ?, preferred_way_of_talking = ? WHERE id = ?",
    "INSERT INTO important_person (person_id, name, relationship, involvement, contact) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO legal_representative (person_id, kind, name, contact) VALUES (?, ?, ?, ?)",
    "UPDATE safeguarding_case SET msp_asked = ? WHERE id = ?",
    "INSERT INTO concern (case_id, received_on, received_time, raised_by_role, raised_by_name, what_was_reported,"
    " person_knows, persons_view, children_at_risk, other_adults_at_risk)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO concern_risk_type (case_id, position, risk_type) VALUES (?, ?, ?)",
    "INSERT INTO concern_risk_location (case_id, position, location) VALUES (?, 0, ?)",
    "INSERT INTO concern_risk_source (case_id, position, source) VALUES (?, 0, ?)",
    "INSERT INTO section42_decision (case_id, care_needs, care_needs_reason, abuse_or_risk, abuse_reason,"
    " unable_to_protect, unable_reason, decision, response_given, decided_on, decided_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO conversation (id, case_id, held_at, place, present, seen_alone, not_alone_reason, alone_planned_for,"
    " took_part_how, notes, author, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO persons_words (conversation_id, position, words) VALUES (?, ?, ?)",
    "INSERT INTO desired_outcome (id, case_id, voice, position) VALUES (?, ?, ?, ?)",
    "INSERT INTO outcome_revision (outcome_id, recorded_on, wording, context) VALUES (?, ?, ?, ?)",
    "INSERT INTO outcome_achievement (outcome_id, achieved, why, recorded_on) VALUES (?, ?, ?, ?)",
    "INSERT INTO plan_action (case_id, outcome_id, who, what, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO closure (case_id, closed_on, feels_safer, risk_assessment_outcome, risk_outcome, what_happens_next)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO case_note (case_id, written_at, author, body, addendum_to) VALUES (?, ?, ?, ?, ?)",
};

constexpr std::array kRaisedBy = {"home care worker", "GP", "police", "neighbour", "daughter", "district nurse",
                                  "housing officer", "bank"};
constexpr std::array kReported = {
    "Neighbour worried that money is going missing from the person's account.",
    "Carer saw bruising on both arms during a morning visit.",
    "Person said their grandson takes their pension and shouts at them.",
    "Home care visits missed three times this week; no food in the house.",
    "Staff at the day centre heard the person being spoken to harshly.",
    "Bank flagged large cash withdrawals made by someone else.",
};
constexpr std::array kPlaces = {"their home", "the day centre", "a caf\xC3\xA9 they chose", "the hospital ward",
                                "by telephone", "the GP surgery"};
constexpr std::array kPresent = {"daughter", "son", "advocate", "interpreter", "home care worker", "district nurse"};
constexpr std::array kConversationNotes = {
    "Spoke about what has been happening and what they would like to change.",
    "They described the last few weeks; we agreed to meet again with their advocate.",
    "Talked through the options. They want to stay at home and keep control of their money.",
    "Went through the plan together in plain words and checked they were happy with it.",
    "They were tired today; we kept it short and booked another visit.",
};
constexpr std::array kWords = {
    "I just want my money to stay in my own account.",
    "I want to stay in my own home.",
    "I don\xE2\x80\x99t want him to get into trouble, I want it to stop.",
    "I\xE2\x80\x99m frightened when she shouts.",
    "Can you help me sort out the bank?",
    "I want to choose who comes into my house.",
    "I feel safer now the carers come on time.",
    "Nobody listens to me about the money.",
};
constexpr std::array kOutcomeWords = {
    "To feel safe in my own home.",
    "To have my money back and decide who helps me with it.",
    "For the shouting to stop but to keep seeing my grandson.",
    "To have carers I know, who come on time.",
    "To go back to the day centre on Tuesdays.",
    "To be able to say no without being afraid.",
};
constexpr std::array kActionWhat = {"Arrange a review of the care package", "Contact the bank about the card",
                                    "Refer to the advocacy service", "Visit with the interpreter",
                                    "Share the plan with the GP"};
constexpr std::array kWho = {"Practitioner One", "Practitioner Two", "Care agency manager", "Advocate", "GP"};
constexpr std::array kLanguages = {"English", "English", "English", "Polish", "Urdu", "Welsh", "British Sign Language"};

const QVariant kNull = QVariant(QMetaType::fromType<QString>());

QString qs(const char* utf8) { return QString::fromUtf8(utf8); }

QString nhsNumber(SplitMix& random)
{
    // Ten digits whose last is the modulus 11 check digit (a check digit of 10 is not allowed).
    for (;;) {
        std::array<int, 9> digits{};
        int sum = 0;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            digits[i] = static_cast<int>(random.below(10));
            sum += digits[i] * static_cast<int>(10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        if (check == 10)
            continue;
        QString number;
        for (const int digit : digits)
            number += QChar(u'0' + digit);
        return number + QChar(u'0' + check);
    }
}

class JourneyBuilder {
public:
    JourneyBuilder(const SyntheticCaseload& caseload, const SyntheticShape& shape, quint64 seed)
        : m_caseload(caseload), m_random(seed),
          m_featured(shape.featuredCaseIds.begin(), shape.featuredCaseIds.end())
    {
        for (const char* sql : kSql)
            m_out.tables.push_back({QString::fromUtf8(sql), {}});
        m_firstNote.resize(caseload.cases.size(), 0);
        for (std::size_t i = 0; i < caseload.notes.size(); ++i) {
            const auto caseIndex = static_cast<std::size_t>(caseload.notes[i].caseId - 1);
            if (m_firstNote[caseIndex] == 0)
                m_firstNote[caseIndex] = i + 1;
        }
    }

    SyntheticJourneys build()
    {
        for (std::size_t i = 0; i < m_caseload.cases.size(); ++i) {
            person(static_cast<qint64>(i + 1));
            safeguardingCase(i);
        }
        return std::move(m_out);
    }

private:
    void add(Table table, QVariantList row) { m_out.tables[static_cast<std::size_t>(table)].rows.push_back(std::move(row)); }

    void person(qint64 id)
    {
        const bool interpreter = m_random.oneIn(8);
        add(PersonDetails, {m_random.percent(70) ? QVariant(nhsNumber(m_random)) : kNull,
                            QStringLiteral("%1 Sample Street, Testtown").arg(id),
                            QStringLiteral("01632 %1").arg(100000 + id), stored::text(m_random.oneIn(3) ? QStringLiteral("person%1@example.invalid").arg(id) : QString()),
                            qs(m_random.pick(kLanguages)), stored::flag(interpreter),
                            m_random.oneIn(5) ? QVariant(QStringLiteral("hearing aid, left ear; face me when talking")) : kNull,
                            m_random.oneIn(10) ? QVariant(QStringLiteral("large print")) : kNull,
                            stored::flag(m_random.oneIn(7)),
                            m_random.oneIn(2) ? QVariant(QStringLiteral("Face to face, with time to think")) : kNull, id});
        const int important = m_featured.count(id) ? 2 : m_random.between(0, 2);
        for (int i = 0; i < important; ++i)
            add(ImportantPeople, {id, QStringLiteral("Contact Sample-%1-%2").arg(id).arg(i + 1), qs(m_random.pick(kPresent)),
                                  m_random.pick(allStorageCodes<Involvement>()), stored::text(QStringLiteral("07700 900%1").arg(i))});
        if (m_featured.count(id) || m_random.oneIn(20))
            add(Representatives, {id, m_random.pick(legalRepresentativeKindCodes()), QStringLiteral("Deputy Sample-%1").arg(id),
                                  kNull});
    }

    void safeguardingCase(std::size_t index)
    {
        const auto& c = m_caseload.cases[index];
        const qint64 id = static_cast<qint64>(index + 1);
        const bool featured = m_featured.count(id) > 0;
        const QString stage = QString::fromStdString(c.stage);
        const bool closed = c.closedOn.has_value();
        const QDate received = QDate::fromString(QString::fromStdString(c.concernReceivedOn), Qt::ISODate);
        const QDate closedOn = closed ? QDate::fromString(QString::fromStdString(*c.closedOn), Qt::ISODate) : QDate();

        const QTime receivedTime = m_random.percent(80) ? QTime(m_random.between(8, 18), m_random.between(0, 59)) : QTime();
        // Drawn in the order they always were, so the synthetic caseload stays the same.
        const QString raisedBy = qs(m_random.pick(kRaisedBy));
        const QVariant reporter = m_random.oneIn(2) ? QVariant(QStringLiteral("Reporter Sample-%1").arg(id)) : kNull;
        const QString reported = qs(m_random.pick(kReported));
        const QString location = m_random.pick(sac::riskLocations());
        const QString source = m_random.pick(sac::riskSources());
        const QString knows = m_random.pick(allStorageCodes<YesNoUnknown>());
        const QVariant view = m_random.oneIn(2) ? QVariant(qs(m_random.pick(kWords))) : kNull;
        const QString children = m_random.pick(allStorageCodes<YesNoUnknown>());
        const QString others = m_random.pick(allStorageCodes<YesNoUnknown>());
        add(Concerns, {id, stored::date(received), stored::time(receivedTime), raisedBy, reporter, reported, knows,
                       view, children, others});
        add(RiskLocations, {id, location});
        add(RiskSources, {id, source});
        QStringList risks;
        const int riskCount = featured ? 2 : m_random.between(1, 2);
        while (risks.size() < riskCount) {
            const QString risk = m_random.pick(sac::riskTypes());
            if (!risks.contains(risk))
                risks << risk;
        }
        for (qsizetype i = 0; i < risks.size(); ++i)
            add(RiskTypes, {id, static_cast<qint64>(i), risks[i]});

        if (stage != QLatin1String("Concern")) {
            const QString decision = stage == QLatin1String("No enquiry") ? storageCode(EnquiryDecision::NoEnquiry)
                : m_random.percent(75) ? storageCode(EnquiryDecision::Section42) : storageCode(EnquiryDecision::OtherEnquiry);
            add(Decisions, {id, QStringLiteral("yes"), QStringLiteral("Needs help with personal care every day."),
                            QStringLiteral("yes"), QStringLiteral("Money taken without agreement."),
                            m_random.pick(allStorageCodes<YesNoUnknown>()), QStringLiteral("Relies on the person causing harm."),
                            decision, stored::text(m_random.oneIn(3) ? QStringLiteral("Advice and a carer's assessment offered.") : QString()),
                            stored::date(received.addDays(m_random.between(1, 10))), QStringLiteral("Team Manager Test")});
        }

        const QDateTime firstContact = conversations(id, stage, received, receivedTime, featured);
        const int outcomeCount = outcomes(id, stage, received, firstContact, closedOn, featured);
        const QString asked = outcomeCount > 0 ? (m_random.percent(95) ? sac::kMspAskedExpressed : m_random.pick(sac::mspAskedAnswers()))
            : m_random.percent(30) ? sac::kMspAskedNoneExpressed : m_random.percent(50) ? m_random.pick(sac::mspAskedAnswers()) : QString();
        add(MspAsked, {stored::text(asked), id});
        if (closed) {
            const QString assessment = m_random.pick(sac::riskAssessmentOutcomes());
            add(Closures, {id, stored::date(closedOn),
                           m_random.percent(15) ? storageCode(FeelsSafer::NotAsked) : m_random.pick(allStorageCodes<FeelsSafer>()),
                           assessment, sac::isActionTaken(assessment) ? QVariant(m_random.pick(sac::riskOutcomes())) : kNull,
                           QStringLiteral("Stays with the care agency; knows how to get in touch.")});
        }
        // A few notes were added to after the day they were written: addenda, not rewrites.
        if (!featured && m_firstNote[index] != 0 && m_random.oneIn(40)) {
            const auto& first = m_caseload.notes[m_firstNote[index] - 1];
            const QDateTime later = QDateTime::fromString(QString::fromStdString(first.writtenAt), Qt::ISODate).addDays(2);
            add(Addenda, {id, later.toString(Qt::ISODate), QString::fromStdString(first.author),
                          QStringLiteral("Addendum: the date of the visit was the 3rd, not the 2nd."),
                          static_cast<qint64>(m_firstNote[index])});
        }
    }

    // Returns when the person was first spoken with (invalid if not yet).
    QDateTime conversations(qint64 caseId, const QString& stage, const QDate& received, const QTime& receivedTime,
                            bool featured)
    {
        const bool early = stage == QLatin1String("Concern");
        const int count = featured ? 6 : early ? m_random.between(0, 2) : m_random.between(1, 4);
        QDateTime heldAt(received, receivedTime.isValid() ? receivedTime : QTime(12, 0));
        // Most people are spoken with within a day of the concern; some not.
        heldAt = heldAt.addSecs(m_random.percent(65) ? 60 * m_random.between(60, 1380) : 3600 * m_random.between(30, 240));
        QDateTime first;
        for (int i = 0; i < count; ++i) {
            const qint64 id = ++m_conversationId;
            if (!first.isValid())
                first = heldAt;
            const bool alone = m_random.percent(45);
            QStringList present;
            if (!alone)
                present << qs(m_random.pick(kPresent));
            add(Conversations, {id, caseId, stored::moment(heldAt), qs(m_random.pick(kPlaces)), stored::text(stored::list(present)),
                                stored::flag(alone),
                                alone ? kNull : QVariant(QStringLiteral("Their daughter was there and they wanted her to stay.")),
                                !alone && m_random.oneIn(2) ? stored::date(heldAt.date().addDays(7)) : kNull,
                                storageCode(m_random.pick(std::array{Participation::InPerson, Participation::InPerson,
                                                                     Participation::WithAdvocate, Participation::ByPhone})),
                                qs(m_random.pick(kConversationNotes)), qs(m_random.pick(kWho)),
                                stored::moment(heldAt.addSecs(7200))});
            const int words = featured ? m_random.between(2, 3) : m_random.between(0, 3);
            for (int w = 0; w < words; ++w)
                add(PersonsWords, {id, w, qs(m_random.pick(kWords))});
            heldAt = heldAt.addDays(m_random.between(2, 20));
        }
        return first;
    }

    // Returns the number of outcomes.
    int outcomes(qint64 caseId, const QString& stage, const QDate& received, const QDateTime& firstContact,
                 const QDate& closedOn, bool featured)
    {
        const bool early = stage == QLatin1String("Concern");
        const int count = featured ? 3 : early ? m_random.between(0, 1) : m_random.percent(15) ? 0 : m_random.between(1, 3);
        const QDate start = firstContact.isValid() ? firstContact.date() : received.addDays(m_random.between(1, 10));
        for (int i = 0; i < count; ++i) {
            const qint64 id = ++m_outcomeId;
            add(Outcomes, {id, caseId, m_random.percent(85) ? storageCode(OutcomeVoice::Person)
                                                            : m_random.pick(allStorageCodes<OutcomeVoice>()), i + 1});
            QDate on = start;
            const int revisions = featured ? 3 : m_random.between(1, 3);
            for (int r = 0; r < revisions; ++r) {
                add(Revisions, {id, stored::date(on), qs(m_random.pick(kOutcomeWords)),
                                r > 0 && m_random.oneIn(3) ? QVariant(QStringLiteral("after the meeting with the agency")) : kNull});
                on = on.addDays(m_random.between(14, 50));
            }
            if (closedOn.isValid() && m_random.percent(85))
                add(Achievements, {id, storageCode(m_random.pick(std::array{Achievement::Fully, Achievement::Partly, Achievement::Not})),
                                   QStringLiteral("In their words: better, but the bank still worries them."), stored::date(closedOn)});
            const int actions = featured ? 1 : m_random.between(0, 1);
            for (int a = 0; a < actions; ++a)
                action(caseId, id, start, closedOn);
        }
        if (featured || m_random.oneIn(3))
            action(caseId, 0, start, closedOn);
        return count;
    }

    void action(qint64 caseId, qint64 outcomeId, const QDate& start, const QDate& closedOn)
    {
        const QDate due = start.addDays(m_random.between(5, 60));
        const bool done = closedOn.isValid() ? m_random.percent(90) : m_random.percent(40);
        add(Actions, {caseId, outcomeId ? QVariant(outcomeId) : QVariant(QMetaType::fromType<qlonglong>()),
                      qs(m_random.pick(kWho)), qs(m_random.pick(kActionWhat)), stored::date(due),
                      done ? stored::date(due.addDays(m_random.between(-3, 5))) : kNull});
    }

    const SyntheticCaseload& m_caseload;
    SplitMix m_random;
    std::set<qint64> m_featured;
    std::vector<std::size_t> m_firstNote; // per case: 1-based index of its first note, 0 if none
    qint64 m_conversationId = 0;
    qint64 m_outcomeId = 0;
    SyntheticJourneys m_out;
};

} // namespace

std::size_t SyntheticJourneys::rowCount() const
{
    std::size_t rows = 0;
    for (const JourneyTable& table : tables)
        rows += table.rows.size();
    return rows;
}

SyntheticJourneys generateSyntheticJourneys(const SyntheticCaseload& caseload, const SyntheticShape& shape, quint64 seed)
{
    return JourneyBuilder(caseload, shape, seed).build();
}

} // namespace alongside::bench
