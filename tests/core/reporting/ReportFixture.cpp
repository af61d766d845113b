#include "ReportFixture.h"

#include "model/CaseRecord.h"
#include "model/SacCategories.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"

#include <QDateTime>

#include <algorithm>
#include <stdexcept>

namespace alongside::test {

using namespace core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kWorker = u"Sam Reporter"_s;
QDateTime fixedNow()
{
    return {QDate(2026, 6, 1), QTime(9, 0)};
}

void require(const CaseWriteResult& result, const QString& what)
{
    if (!result.ok())
        throw std::runtime_error((what + u": "_s + result.error).toStdString());
}

// What each fixture case is made of; empty strings are "not recorded".
struct Enquiry {
    const char* name;
    EnquiryDecision decision = EnquiryDecision::Section42;
    QString given, family;
    QStringList riskTypes;
    QString location, source; // the first; more in moreRiskPlaces()
    QDate receivedOn;
    QTime receivedTime;
    QString mspAsked;
    QString riskAssessment, riskOutcome;
    QDate closedOn; // null: still open
};

// Who each case is about, for SAC SG1; every case not listed has nothing recorded.
struct Details {
    QDate born;
    QString gender, ethnicity, supportReason, nhsNumber;
    QString given = {}, family = {}; // when the name on this case differs
};

const std::map<QString, Details>& detailsOf()
{
    static const std::map<QString, Details> details = {
        // Dora's first case says "Undeclared / Not Known"; her later case (S1) says White.
        {u"E1"_s, {QDate(1950, 6, 15), u"Female"_s, u"Undeclared / Not Known"_s, u"Physical Support"_s,
                   u"9434765919"_s}},
        // 64 on the last day of the year: 65 the day after.
        {u"E2"_s, {QDate(1961, 4, 1), u"Male"_s, u"Asian / Asian British"_s, u"Mental Health Support"_s, {}}},
        {u"E3"_s, {QDate(1930, 3, 31), u"Female"_s, u"Black / African / Caribbean / Black British"_s,
                   u"Sensory Support"_s, {}}},
        // Gender, ethnicity and support reason never recorded.
        {u"E4"_s, {QDate(1940, 12, 25), {}, {}, {}, {}}},
        {u"E5"_s, {QDate(1945, 2, 2), u"Male"_s, u"White"_s, u"No Support Reason"_s, {}}},
        {u"E6"_s, {QDate(2000, 1, 1), u"Not Known"_s, u"Refused"_s, u"Learning Disability Support"_s, {}}},
        // 94 on the last day: 95 the day after.
        {u"E7"_s, {QDate(1931, 4, 1), u"Female"_s, u"Mixed / Multiple"_s, u"Support with Memory and Cognition"_s,
                   {}}},
        // 65 exactly on the last day.
        {u"E8"_s, {QDate(1961, 3, 31), u"Male"_s, u"Other Ethnic Group"_s, u"Social Support"_s, {}}},
        {u"X1"_s, {QDate(1990, 1, 1), u"Female"_s, u"Other Ethnic Group"_s, u"Sensory Support"_s, {}}},
        {u"X2"_s, {QDate(1951, 4, 1), u"Male"_s, u"White"_s, u"No Support Reason"_s, {}}},
        {u"X3"_s, {QDate(1970, 7, 7), u"Male"_s, u"White"_s, u"Physical Support"_s, {}}},
        // Olu has no NHS number; his later case (S6) has the same names and day of birth.
        {u"X4"_s, {QDate(1950, 1, 1), u"Male"_s, u"Black / African / Caribbean / Black British"_s,
                   u"Mental Health Support"_s, {}}},
        // Another Fay Fictional (E3's name), born another day: someone else.
        {u"X5"_s, {QDate(1980, 5, 5), u"Female"_s, u"White"_s, u"Not Known"_s, {}, u"Fay"_s, u"Fictional"_s}},
        {u"S1"_s, {QDate(1950, 6, 15), u"Female"_s, u"White"_s, u"Physical Support"_s, u"943 476 5919"_s,
                   u"Dorothy"_s, u"Mistral"_s}},
        {u"S2"_s, {QDate(1938, 8, 8), u"Female"_s, u"Asian / Asian British"_s, u"Physical Support"_s, {}}},
        {u"S6"_s, {QDate(1950, 1, 1), u"Male"_s, u"Black / African / Caribbean / Black British"_s,
                   u"Mental Health Support"_s, {}, u"Olu"_s, u"Other"_s}},
    };
    return details;
}

// SG1e: Ivy (E6) has autism; Olu (X4, and again S6) Asperger's syndrome, so his two cases count
// twice there ("can appear multiple times in Tables SG1d and SG1e"). Everyone else has neither.
QString autismOf(const QString& name)
{
    if (name == u"E6"_s)
        return sac::autismConditions().at(0);
    if (name == u"X4"_s || name == u"S6"_s)
        return sac::autismConditions().at(1);
    return {};
}

void describe(Person& person, const QString& name)
{
    person.autismCondition = autismOf(name);
    const auto found = detailsOf().find(name);
    if (found == detailsOf().end())
        return;
    const Details& d = found->second;
    person.dateOfBirth = d.born;
    person.gender = d.gender;
    person.ethnicity = d.ethnicity;
    person.primarySupportReason = d.supportReason;
    person.nhsNumber = d.nhsNumber;
    if (!d.given.isEmpty())
        person.givenName = d.given;
    if (!d.family.isEmpty())
        person.familyName = d.family;
}

CaseRecord recordOf(const Enquiry& e)
{
    CaseRecord r;
    r.reference = QString::fromLatin1(e.name);
    r.person.givenName = e.given;
    r.person.familyName = e.family;
    r.concern.receivedOn = e.receivedOn;
    r.concern.receivedTime = e.receivedTime;
    r.concern.riskTypes = e.riskTypes;
    if (!e.location.isEmpty())
        r.concern.locationsOfRisk = {e.location};
    if (!e.source.isEmpty())
        r.concern.sourcesOfRisk = {e.source};
    describe(r.person, r.reference);
    Section42Decision d;
    d.hasCareAndSupportNeeds = YesNoUnknown::Yes;
    d.experiencingOrAtRiskOfAbuse = YesNoUnknown::Yes;
    d.unableToProtectThemselves = YesNoUnknown::Yes;
    d.decision = e.decision;
    d.responseGiven = u"Information and advice given."_s;
    d.decidedOn = e.receivedOn;
    r.section42 = d;
    r.mspAsked = e.mspAsked;
    return r;
}

Conversation conversationAt(const QDateTime& heldAt, bool alone, const QString& words = {})
{
    Conversation c;
    c.heldAt = heldAt;
    c.seenAlone = alone;
    if (!alone)
        c.notAloneReason = u"Her daughter wanted to stay."_s;
    if (!words.isEmpty())
        c.personsWords = {words};
    return c;
}

DesiredOutcome outcome(qint64 reference, OutcomeVoice voice, const QDate& on, const QString& wording,
                       std::optional<Achievement> achieved, const QDate& closedOn)
{
    DesiredOutcome o;
    o.id = reference;
    o.voice = voice;
    o.revisions = {{on, wording, {}}};
    if (achieved)
        o.achievement = OutcomeAchievement{*achieved, u"As they told us at the end."_s, closedOn};
    return o;
}

AdvocacySituation situation(bool substantialDifficulty)
{
    AdvocacySituation s;
    s.process = CareActProcess::Section42Enquiry;
    const YesNoUnknown found = substantialDifficulty ? YesNoUnknown::Yes : YesNoUnknown::No;
    s.difficulty.understanding = {found, u"Could not follow what the enquiry is for."_s};
    s.difficulty.retaining = {found, {}};
    s.difficulty.usingOrWeighing = {found, {}};
    s.difficulty.communicating = {found, {}};
    return s;
}

} // namespace

ReportFixture::ReportFixture(const QSqlDatabase& db)
{
    CaseRepository cases(db, kWorker, fixedNow);
    CapacityRepository capacity(db, kWorker, fixedNow);
    AdvocacyRepository advocacy(db, kWorker, fixedNow);

    const QString expressed = sac::kMspAskedExpressed;
    const QString noneExpressed = sac::kMspAskedNoneExpressed;
    const QString identifiedAction = u"Risk identified and action taken"_s;
    const std::vector<Enquiry> enquiries = {
        {"E1",
         EnquiryDecision::Section42,
         u"Dora"_s,
         u"Mistral"_s,
         {u"Physical Abuse"_s, u"Financial or Material Abuse"_s},
         u"Own Home"_s,
         u"Other – Known to individual"_s,
         QDate(2025, 5, 1),
         QTime(10, 0),
         expressed,
         identifiedAction,
         u"Risk reduced"_s,
         QDate(2025, 6, 30)},
        {"E2",
         EnquiryDecision::Section42,
         u"Ewan"_s,
         u"Example"_s,
         {u"Neglect and Acts of Omission"_s},
         u"Care Home – Residential"_s,
         u"Service Provider"_s,
         QDate(2025, 7, 10),
         QTime(),
         expressed,
         identifiedAction,
         {},
         QDate(2025, 9, 1)},
        {"E3",
         EnquiryDecision::Section42,
         u"Fay"_s,
         u"Fictional"_s,
         {u"Physical Abuse"_s, u"Psychological Abuse"_s, u"Domestic Abuse"_s},
         u"Own Home"_s,
         {},
         QDate(2025, 10, 1),
         QTime(9, 0),
         noneExpressed,
         u"No risk identified and no action taken"_s,
         {},
         QDate(2025, 11, 15)},
        {"E4",
         EnquiryDecision::Section42,
         u"Gus"_s,
         u"Madeup"_s,
         {u"Financial or Material Abuse"_s},
         {},
         u"Other – Unknown to individual"_s,
         QDate(2026, 1, 10),
         QTime(),
         {},
         {},
         {},
         QDate(2026, 3, 31)},
        {"E5",
         EnquiryDecision::Section42,
         u"Hal"_s,
         u"Sample"_s,
         {u"Self-Neglect"_s},
         u"Other"_s,
         u"Other – Known to individual"_s,
         QDate(2025, 3, 20),
         QTime(14, 0),
         u"No"_s,
         u"Risk Assessment inconclusive and action taken"_s,
         u"Risk removed"_s,
         QDate(2025, 4, 1)},
        {"E6",
         EnquiryDecision::Section42,
         u"Ivy"_s,
         u"Placeholder"_s,
         {u"Sexual Exploitation"_s},
         u"Hospital – Mental Health"_s,
         u"Service Provider"_s,
         QDate(2025, 10, 20),
         QTime(11, 0),
         expressed,
         identifiedAction,
         u"Risk remained"_s,
         QDate(2025, 12, 1)},
        {"E7",
         EnquiryDecision::Section42,
         u"Jo"_s,
         u"Testcase"_s,
         {u"Organisational Abuse"_s},
         u"Care Home – Nursing"_s,
         u"Service Provider"_s,
         QDate(2026, 1, 5),
         QTime(8, 30),
         expressed,
         u"Enquiry ceased at individual's request and no action taken"_s,
         {},
         QDate(2026, 2, 1)},
        {"E8",
         EnquiryDecision::Section42,
         u"Kit"_s,
         u"Synthetic"_s,
         {u"Modern Slavery"_s, u"Sexual Abuse"_s},
         u"In the Community"_s,
         u"Other – Unknown to individual"_s,
         QDate(2025, 8, 1),
         QTime(12, 0),
         u"Don't Know"_s,
         u"No risk identified and action taken"_s,
         u"Risk reduced"_s,
         QDate(2025, 9, 30)},
        // Not counted, each for one reason.
        {"X1",
         EnquiryDecision::Section42,
         u"Lou"_s,
         u"Before"_s,
         {u"Discriminatory Abuse"_s},
         u"Community Service"_s,
         u"Service Provider"_s,
         QDate(2025, 2, 1),
         QTime(9, 0),
         expressed,
         identifiedAction,
         u"Risk removed"_s,
         QDate(2025, 3, 31)},
        {"X2",
         EnquiryDecision::Section42,
         u"Max"_s,
         u"After"_s,
         {u"Discriminatory Abuse"_s},
         u"Hospital – Acute"_s,
         u"Service Provider"_s,
         QDate(2026, 2, 1),
         QTime(9, 0),
         expressed,
         identifiedAction,
         u"Risk removed"_s,
         QDate(2026, 4, 1)},
        {"X3",
         EnquiryDecision::Section42,
         u"Ned"_s,
         u"Open"_s,
         {u"Discriminatory Abuse"_s},
         u"Hospital – Community"_s,
         u"Service Provider"_s,
         QDate(2025, 6, 1),
         QTime(9, 0),
         expressed,
         {},
         {},
         QDate()},
        {"X4",
         EnquiryDecision::OtherEnquiry,
         u"Olu"_s,
         u"Other"_s,
         {u"Discriminatory Abuse"_s},
         u"Community Service"_s,
         u"Service Provider"_s,
         QDate(2025, 6, 1),
         QTime(9, 0),
         expressed,
         identifiedAction,
         u"Risk removed"_s,
         QDate(2025, 7, 1)},
        {"X5",
         EnquiryDecision::NoEnquiry,
         u"Pat"_s,
         u"Noenquiry"_s,
         {u"Discriminatory Abuse"_s},
         u"Community Service"_s,
         u"Service Provider"_s,
         QDate(2025, 6, 1),
         QTime(9, 0),
         expressed,
         u"No risk identified and no action taken"_s,
         {},
         QDate(2025, 6, 2)},
    };

    for (const Enquiry& e : enquiries) {
        CaseRecord record = recordOf(e);
        const QString name = QString::fromLatin1(e.name);
        // Several locations and sources of risk: SAC counts each different one once.
        if (name == u"E1"_s) {
            record.concern.locationsOfRisk << u"In the Community"_s;
            record.concern.sourcesOfRisk << u"Service Provider"_s;
        } else if (name == u"E6"_s) {
            record.concern.sourcesOfRisk << u"Other – Unknown to individual"_s;
        } else if (name == u"E8"_s) {
            record.concern.locationsOfRisk << u"Other"_s;
        }
        const QDateTime received(e.receivedOn, e.receivedTime.isValid() ? e.receivedTime : QTime(0, 0));
        if (name == u"E1"_s) {
            DesiredOutcome o = outcome(1, OutcomeVoice::Person, QDate(2025, 5, 2), u"To feel safe at home"_s,
                                       Achievement::Fully, e.closedOn);
            o.revisions.push_back({QDate(2025, 6, 1), u"To feel safe at home, with my cat"_s, {}});
            record.outcomes = {o};
            record.conversations = {
                conversationAt(received.addSecs(23 * 3600), true, u"I want my own key back."_s)};
        } else if (name == u"E2"_s) {
            record.outcomes = {outcome(1, OutcomeVoice::Person, QDate(2025, 7, 12),
                                       u"To choose when I get up"_s, Achievement::Fully, e.closedOn),
                               outcome(2, OutcomeVoice::Advocate, QDate(2025, 7, 12),
                                       u"For staff to knock before coming in"_s, Achievement::Not,
                                       e.closedOn)};
            record.conversations = {conversationAt(QDateTime(QDate(2025, 7, 11), QTime(23, 0)), false)};
        } else if (name == u"E3"_s) {
            record.conversations = {conversationAt(received.addSecs(24 * 3600 + 30 * 60), true)};
        } else if (name == u"E5"_s) {
            record.conversations = {conversationAt(received.addSecs(3600), true)};
        } else if (name == u"E6"_s) {
            record.outcomes = {outcome(1, OutcomeVoice::Person, QDate(2025, 10, 25), u"To go home"_s,
                                       std::nullopt, e.closedOn),
                               outcome(2, OutcomeVoice::Person, QDate(2025, 10, 25), u"To see my brother"_s,
                                       std::nullopt, e.closedOn)};
            record.conversations = {conversationAt(received.addDays(3), false)};
        } else if (name == u"E7"_s) {
            record.outcomes = {outcome(1, OutcomeVoice::BestInterests, QDate(2026, 1, 6),
                                       u"To stay in a home near the sea"_s, Achievement::Not, e.closedOn)};
            record.conversations = {conversationAt(received.addSecs(2 * 3600), false)};
        } else if (name == u"E8"_s) {
            record.conversations = {conversationAt(received.addSecs(24 * 3600), false)};
        } else if (name.startsWith(u'X')) {
            // What would show if it were counted.
            record.outcomes = {
                outcome(1, OutcomeVoice::Person, e.receivedOn, u"Not counted"_s,
                        e.closedOn.isValid() ? std::optional(Achievement::Fully) : std::nullopt, e.closedOn)};
            record.conversations = {conversationAt(received.addSecs(3600), true)};
        }
        const CaseWriteResult created = cases.createCase(record);
        require(created, name);
        const qint64 id = created.id;
        ids[name] = id;
        if (e.closedOn.isValid()) {
            Closure closure{e.closedOn, FeelsSafer::Yes, e.riskAssessment, e.riskOutcome, {}};
            // At closure: do they feel safer, and how was it for them (and who said so).
            using R = ExperienceRespondent;
            using A = ExperienceAnswer;
            const std::map<QString, std::pair<FeelsSafer, ClosureExperience>> closing = {
                {u"E1"_s, {FeelsSafer::Yes, {R::Person, A::Yes, A::Yes}}},
                {u"E2"_s, {FeelsSafer::Partly, {R::FamilyMember, A::Yes, A::Partly}}},
                {u"E3"_s, {FeelsSafer::No, {R::Person, A::Partly, A::No}}},
                {u"E4"_s, {FeelsSafer::NotAsked, {}}},
                {u"E6"_s, {FeelsSafer::Yes, {R::Imca, A::No, A::NotAsked}}},
                {u"E8"_s, {FeelsSafer::NotAsked, {}}},
            };
            if (const auto found = closing.find(name); found != closing.end()) {
                closure.feelsSafer = found->second.first;
                closure.experience = found->second.second;
            } else if (name.startsWith(u'X')) {
                closure.experience = {R::Person, A::Yes, A::Yes}; // would show if counted
            }
            require(cases.close(id, closure), name + u" closure"_s);
        }
    }

    // SAC SG3a, about the enquiry.
    const auto lacked = [&](const char* name, const QString& answer, const QString& supported) {
        require(capacity.setEnquiryCapacity(ids.at(QString::fromLatin1(name)), answer, supported),
                QString::fromLatin1(name) + u" capacity"_s);
    };
    lacked("E1", u"no"_s, {});
    lacked("E2", u"yes"_s, u"yes"_s);
    lacked("E3", u"yes"_s, u"no"_s);
    lacked("E5", u"dont-know"_s, {});
    lacked("E6", u"yes"_s, {});
    lacked("E7", u"yes"_s, u"yes"_s);
    lacked("E8", u"no"_s, {});
    for (const char* name : {"X1", "X2", "X3", "X4", "X5"})
        lacked(name, u"yes"_s, u"yes"_s);

    // Advocacy: a check finding substantial difficulty and nobody appropriate → required.
    const auto check = [&](const char* name, const QDate& on, bool difficulty) {
        require(advocacy.recordCheck(ids.at(QString::fromLatin1(name)), on, situation(difficulty),
                                     ImcaSituation{}),
                QString::fromLatin1(name) + u" advocacy check"_s);
    };
    const auto refer = [&](const char* name, const QDate& on) {
        AdvocateReferral referral{u"Ash Advocate"_s, AdvocateRole::CareAct, u"Example Advocacy"_s, on};
        require(advocacy.addReferral(ids.at(QString::fromLatin1(name)), referral),
                QString::fromLatin1(name) + u" referral"_s);
    };
    check("E2", QDate(2025, 7, 12), true);
    refer("E2", QDate(2025, 7, 13));
    check("E3", QDate(2025, 10, 2), true);
    check("E6", QDate(2025, 10, 21), true);
    check("E6", QDate(2025, 11, 1), false);
    check("E7", QDate(2026, 1, 6), true);
    refer("E7", QDate(2026, 1, 7));
    for (const char* name : {"X1", "X2", "X3", "X4", "X5"})
        check(name, QDate(2025, 6, 1), true);

    // A concern with no decision yet.
    CaseRecord concern;
    concern.reference = u"X6"_s;
    concern.person.givenName = u"Quin"_s;
    concern.person.familyName = u"Concern"_s;
    concern.person.gender = u"Female"_s; // no date of birth, ethnicity or support reason
    concern.concern.receivedOn = QDate(2025, 9, 1);
    concern.concern.riskTypes = {u"Discriminatory Abuse"_s};
    const CaseWriteResult x6 = cases.createCase(concern);
    require(x6, u"X6"_s);
    ids[u"X6"_s] = x6.id;

    // For SG1 only (concerns raised and enquiries begun in the year; none concluded in it).
    const auto write = [&](const QString& name, CaseRecord record) {
        record.reference = name;
        describe(record.person, name);
        const CaseWriteResult made = cases.createCase(record);
        require(made, name);
        ids[name] = made.id;
    };
    const auto concernOn = [](const QString& given, const QString& family, const QDate& on) {
        CaseRecord record;
        record.person.givenName = given;
        record.person.familyName = family;
        record.concern.receivedOn = on;
        record.concern.riskTypes = {u"Neglect and Acts of Omission"_s};
        return record;
    };
    const auto decided = [](CaseRecord record, EnquiryDecision decision, const QDate& on) {
        Section42Decision d;
        d.hasCareAndSupportNeeds = d.experiencingOrAtRiskOfAbuse = d.unableToProtectThemselves = YesNoUnknown::Yes;
        d.decision = decision;
        d.decidedOn = on;
        record.section42 = d;
        return record;
    };
    // S1: Dora again (her NHS number, another spelling of her name): a second s.42 enquiry, still open.
    write(u"S1"_s, decided(concernOn(u"Dora"_s, u"Mistral"_s, QDate(2025, 11, 1)), EnquiryDecision::Section42,
                          QDate(2025, 11, 1)));
    // S2: a concern from before the year whose s.42 enquiry began in it.
    write(u"S2"_s, decided(concernOn(u"Rae"_s, u"Earlier"_s, QDate(2025, 3, 25)), EnquiryDecision::Section42,
                          QDate(2025, 4, 2)));
    // S3: a concern on the last day of the year, not yet decided.
    CaseRecord s3 = concernOn(u"Sol"_s, u"Lastday"_s, QDate(2026, 3, 31));
    s3.person.dateOfBirth = QDate(1946, 1, 1);
    s3.person.gender = u"Male"_s;
    s3.person.ethnicity = u"Mixed / Multiple"_s;
    s3.person.primarySupportReason = u"Sensory Support"_s;
    write(u"S3"_s, s3);
    // S4: a concern the day after the year (not counted), with answers that would show.
    CaseRecord s4 = concernOn(u"Tam"_s, u"Nextyear"_s, QDate(2026, 4, 1));
    s4.person.dateOfBirth = QDate(1960, 1, 1);
    s4.person.gender = u"Female"_s;
    s4.person.ethnicity = u"Refused"_s;
    s4.person.primarySupportReason = u"No Support Reason"_s;
    s4.person.autismCondition = sac::autismConditions().at(1);
    write(u"S4"_s, s4);
    // S5: someone under 18 on the last day of the year (a date of birth worth checking).
    CaseRecord s5 = concernOn(u"Uma"_s, u"Young"_s, QDate(2025, 12, 12));
    s5.person.dateOfBirth = QDate(2008, 4, 1);
    s5.person.gender = u"Female"_s;
    s5.person.ethnicity = u"White"_s;
    s5.person.primarySupportReason = u"Learning Disability Support"_s;
    write(u"S5"_s, s5);
    // S6: Olu again, an other enquiry begun the day its concern arrived.
    write(u"S6"_s, decided(concernOn(u"Olu"_s, u"Other"_s, QDate(2025, 12, 1)), EnquiryDecision::OtherEnquiry,
                          QDate(2025, 12, 1)));
}

std::vector<qint64> ReportFixture::idsOf(const std::vector<const char*>& names) const
{
    std::vector<qint64> result;
    for (const char* name : names)
        result.push_back(ids.at(QString::fromLatin1(name)));
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace alongside::test
