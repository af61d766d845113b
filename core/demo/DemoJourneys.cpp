#include "demo/DemoJourneys.h"

#include "model/SacCategories.h"

#include <QDateTime>

namespace alongside::core {

namespace {

using namespace Qt::Literals::StringLiterals;

// Dates in a journey are counted back from the demo's "today".
class Timeline {
public:
    explicit Timeline(const QDate& today) : m_today(today) {}
    QDate ago(int days) const { return m_today.addDays(-days); }
    QDateTime at(int daysAgo, int hour, int minute = 0) const
    {
        return QDateTime(ago(daysAgo), QTime(hour, minute));
    }

private:
    QDate m_today;
};

// For the national return (SAC SG1b-SG1d): the return's labels exactly.
void forTheReturn(Person& p, const QString& gender, const QString& ethnicity, const QString& supportReason)
{
    p.gender = gender;
    p.ethnicity = ethnicity;
    p.primarySupportReason = supportReason;
}

Person person(const QString& given, const QString& family, const QString& preferred, const QDate& born)
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    p.preferredName = preferred;
    p.dateOfBirth = born;
    p.communication.language = u"English"_s;
    return p;
}

Concern concern(const QDate& on, const QTime& time, const QString& role, const QString& reported,
                const QStringList& riskTypes, const QStringList& locations, const QStringList& sources)
{
    Concern c;
    c.receivedOn = on;
    c.receivedTime = time;
    c.raisedByRole = role;
    c.whatWasReported = reported;
    c.riskTypes = riskTypes;
    c.locationsOfRisk = locations;
    c.sourcesOfRisk = sources;
    return c;
}

Section42Decision decided(EnquiryDecision decision, const QDate& on, YesNoUnknown needs, YesNoUnknown abuse,
                          YesNoUnknown unable, const QString& reasons, const QString& response = {})
{
    Section42Decision d;
    d.hasCareAndSupportNeeds = needs;
    d.experiencingOrAtRiskOfAbuse = abuse;
    d.unableToProtectThemselves = unable;
    d.careAndSupportNeedsReason = d.abuseReason = d.unableToProtectReason = reasons;
    d.decision = decision;
    d.responseGiven = response;
    d.decidedOn = on;
    d.decidedBy = u"Demo Team Manager"_s;
    return d;
}

Conversation talk(const QDateTime& held, const QString& place, bool alone, const QString& notes,
                  const QStringList& words, std::vector<Participation> how = {Participation::InPerson})
{
    Conversation c;
    c.heldAt = held;
    c.place = place;
    c.seenAlone = alone;
    c.notes = notes;
    c.personsWords = words;
    c.tookPartHow = std::move(how);
    c.writtenAt = held.addSecs(2 * 3600);
    return c;
}

DesiredOutcome outcome(qint64 reference, std::vector<OutcomeRevision> revisions,
                       std::optional<OutcomeAchievement> achievement = std::nullopt,
                       OutcomeVoice voice = OutcomeVoice::Person)
{
    DesiredOutcome o;
    o.id = reference;
    o.voice = voice;
    o.revisions = std::move(revisions);
    o.achievement = std::move(achievement);
    return o;
}

CaseNote note(qint64 reference, const QDateTime& at, const QString& body, qint64 addendumTo = 0)
{
    return CaseNote{reference, at, u"Demo Practitioner"_s, body, addendumTo};
}

// Open, s.42 enquiry; seen alone the morning after; outcomes asked and one revised since.
CaseRecord doris(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-001"_s;
    r.person = person(u"Doris"_s, u"Example"_s, {}, QDate(1938, 4, 12));
    forTheReturn(r.person, u"Female"_s, u"White"_s, u"Support with Memory and Cognition"_s);
    r.person.communication.hearing = u"Hearing aid, left ear; please face her when talking."_s;
    r.person.importantPeople.push_back(
        {0, u"Julie Pretend"_s, u"home carer she likes"_s, Involvement::Wanted, {}});
    r.concern = concern(
        t.ago(9), QTime(9, 30), u"home care agency manager"_s,
        u"Money missing from Doris's purse after visits; she keeps it in the kitchen drawer."_s,
        {u"Financial or Material Abuse"_s}, {u"Own Home"_s}, {u"Service Provider"_s});
    r.concern.personKnows = YesNoUnknown::Yes;
    r.concern.personsView = u"She is upset and worried about the carers being blamed."_s;
    r.section42 = decided(
        EnquiryDecision::Section42, t.ago(9), YesNoUnknown::Yes, YesNoUnknown::Yes, YesNoUnknown::Yes,
        u"Daily care for mobility; money going missing; relies on carers for her shopping."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(
        talk(t.at(8, 9), u"Doris's home"_s, true,
             u"Spoke with Doris alone in her front room. Talked through what the agency reported."_s,
             {u"I just want it to stop, and I don't want to get anyone into trouble."_s,
              u"Julie is lovely. It isn't Julie."_s}));
    r.conversations.push_back(
        talk(t.at(3, 14), u"Doris's home"_s, true,
             u"Went back to see how Doris felt after the agency changed the Friday rota."_s,
             {u"I'd like Julie to keep coming, but not the new one on Fridays."_s}));
    r.outcomes.push_back(outcome(1, {{t.ago(8), u"For the money to stop going missing."_s, {}}}));
    r.outcomes.push_back(outcome(2,
                                 {{t.ago(8), u"To keep the same carers."_s, {}},
                                  {t.ago(3), u"To keep Julie, but not the new carer who comes on Fridays."_s,
                                   u"After the agency changed the Friday rota"_s}}));
    r.actions.push_back(
        {0, 1, u"Demo Practitioner"_s, u"Meet the agency manager with Doris"_s, t.ago(-2), {}});
    r.actions.push_back(
        {0, 2, u"Agency manager"_s, u"Confirm Julie stays on Doris's weekday visits"_s, t.ago(-5), {}});
    r.notes.push_back(note(
        1, t.at(9, 10), u"Concern logged; Doris knows it was raised. Visit booked for tomorrow morning."_s));
    r.notes.push_back(
        note(2, t.at(8, 12),
             u"Doris would like a lockable tin for her purse; agreed to ask the agency about one."_s));
    return r;
}

// A concern only: nothing decided yet, nobody has spoken with Sam.
CaseRecord sam(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-002"_s;
    r.person = person(u"Samuel"_s, u"Sample"_s, u"Sam"_s, QDate(1961, 9, 30));
    r.concern = concern(
        t.ago(1), QTime(15, 10), u"GP practice nurse"_s,
        u"Sam has not collected his medication for three weeks and missed two appointments."_s,
        {u"Self-Neglect"_s}, {u"Own Home"_s}, {});
    r.notes.push_back(
        note(1, t.at(1, 15, 30), u"Concern received by phone; will try to reach Sam tomorrow."_s));
    return r;
}

// Several types of risk; first conversation three days after the concern, not alone; an
// advocate since; outcomes that pull against each other.
CaseRecord priya(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-003"_s;
    r.person = person(u"Priya"_s, u"Placeholder"_s, {}, QDate(1990, 1, 17));
    forTheReturn(r.person, u"Female"_s, u"Asian / Asian British"_s, u"Learning Disability Support"_s);
    r.person.autismCondition = sac::autismConditions().at(0); // SG1e
    r.person.communication.learningDisability = true;
    r.person.communication.preferredWayOfTalking =
        u"Short sentences, and time to think. Easy-read letters."_s;
    r.person.importantPeople.push_back({0, u"Aunt Meena Pretend"_s, u"aunt"_s, Involvement::Wanted, {}});
    r.person.importantPeople.push_back({0, u"Dan Fakename"_s, u"boyfriend"_s, Involvement::NotWanted, {}});
    r.concern = concern(
        t.ago(23), QTime(11, 0), u"college tutor"_s,
        u"Priya's new boyfriend collects her benefits and keeps her bank card; she seems frightened of him."_s,
        {u"Financial or Material Abuse"_s, u"Psychological Abuse"_s, u"Domestic Abuse"_s},
        {u"Own Home"_s, u"In the Community"_s}, {u"Other – Known to individual"_s});
    r.concern.personKnows = YesNoUnknown::Yes;
    r.section42 = decided(
        EnquiryDecision::Section42, t.ago(22), YesNoUnknown::Yes, YesNoUnknown::Yes, YesNoUnknown::Yes,
        u"Learning disability; money taken and controlling behaviour; finds it hard to say no to him."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    Conversation first = talk(
        t.at(20, 13), u"College"_s, false,
        u"Dan came with Priya and would not leave the room. Kept it short and friendly."_s,
        {u"He looks after my money for me."_s});
    first.present = QStringList{u"Dan Fakename (boyfriend)"_s};
    first.notAloneReason = u"Her boyfriend would not leave; pressing would have put Priya at risk."_s;
    first.aloneConversationPlannedFor = t.ago(13);
    r.conversations.push_back(first);
    Conversation alone = talk(
        t.at(13, 10), u"College, quiet room"_s, true,
        u"Saw Priya on her own with her advocate during her class time."_s,
        {u"I want to keep my own bank card."_s, u"I love him but I don't want him to have my money."_s},
        {Participation::InPerson, Participation::WithAdvocate});
    alone.present = QStringList{u"Independent advocate"_s};
    r.conversations.push_back(alone);
    r.outcomes.push_back(outcome(1, {{t.ago(13), u"To keep my own bank card."_s, {}}}));
    r.outcomes.push_back(outcome(2,
                                 {{t.ago(13), u"To stay with Dan but be safe."_s, {}},
                                  {t.ago(6), u"To see Dan at college, not at my flat, for now."_s,
                                   u"After talking with her aunt"_s}}));
    r.actions.push_back({0, 0, u"Demo Practitioner"_s, u"Independent advocate referral (Care Act s.68)"_s,
                         t.ago(20), t.ago(18)});
    r.actions.push_back(
        {0, 1, u"Priya with her aunt"_s, u"Visit the bank to order a new card and PIN"_s, t.ago(-3), {}});
    r.notes.push_back(
        note(1, t.at(23, 12), u"Concern from college tutor. Priya asked the tutor not to tell Dan."_s));
    r.notes.push_back(
        note(2, t.at(20, 15), u"Could not see Priya alone today; planned a visit during class time."_s));
    r.notes.push_back(
        note(3, t.at(13, 14), u"Advocate present throughout. Priya chose her aunt to help with the bank."_s));
    r.notes.push_back(note(
        4, t.at(12, 9),
        u"Addendum: the advocate's name is on the referral form, not in this note, at Priya's wish."_s, 3));
    return r;
}

// Closed, fully met: he chose to keep his things and reduce the fire risk.
CaseRecord tom(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-004"_s;
    r.person = person(u"Tomasz"_s, u"Testcase"_s, u"Tom"_s, QDate(1974, 6, 2));
    forTheReturn(r.person, u"Male"_s, u"White"_s, u"Mental Health Support"_s);
    r.person.communication.language = u"Polish"_s;
    r.concern = concern(
        t.ago(70), QTime(16, 45), u"neighbour"_s,
        u"Papers piled against the cooker and the front door; the neighbour is worried about fire."_s,
        {u"Self-Neglect"_s}, {u"Own Home"_s}, {});
    r.section42 = decided(
        EnquiryDecision::Section42, t.ago(69), YesNoUnknown::Yes, YesNoUnknown::Yes, YesNoUnknown::Yes,
        u"Mental health needs; serious fire risk; not able to clear the exits on his own."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(talk(t.at(68, 11), u"Tom's flat"_s, true,
                                   u"Tom showed me round. Talked about what matters to him."_s,
                                   {u"It's my home and my things, but I don't want a fire."_s}));
    r.outcomes.push_back(outcome(
        1, {{t.ago(68), u"I don't want a fire."_s, {}}},
        OutcomeAchievement{Achievement::Fully,
                           u"Exits and cooker clear; smoke alarms fitted; Tom says he sleeps better."_s,
                           t.ago(12)}));
    r.outcomes.push_back(
        outcome(2, {{t.ago(68), u"Nobody throws my things away."_s, {}}},
                OutcomeAchievement{Achievement::Fully, u"Tom sorted everything himself, at his own pace."_s,
                                   t.ago(12)}));
    r.actions.push_back({0, 1, u"Fire service"_s, u"Home fire safety visit"_s, t.ago(55), t.ago(50)});
    r.notes.push_back(note(1, t.at(12, 15), u"Case closed with Tom's agreement. He has our number."_s));
    r.closure = Closure{t.ago(12), FeelsSafer::Yes, u"Risk identified and action taken"_s, u"Risk reduced"_s,
                        u"Fire service will call again in six months."_s,
                        {ExperienceRespondent::Person, ExperienceAnswer::Yes, ExperienceAnswer::Yes}};
    return r;
}

// Open; seen only with her daughter so far; outcomes not revisited for five weeks.
CaseRecord grace(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-005"_s;
    r.person = person(u"Grace"_s, u"Fictional"_s, {}, QDate(1952, 11, 23));
    forTheReturn(r.person, u"Female"_s, u"Black / African / Caribbean / Black British"_s, u"Sensory Support"_s);
    r.person.communication.sight = u"Macular degeneration: large print, good light."_s;
    r.person.legalRepresentatives.push_back(
        {0,
         LegalRepresentative::Kind::LpaHealthAndWelfare,
         u"Ruth Fictional"_s,
         {},
         {AuthorityMatter::MedicalTreatment, AuthorityMatter::Accommodation},
         u"Registered 2019; no restrictions."_s});
    r.concern = concern(t.ago(40), QTime(8, 15), u"care home nurse"_s,
                        u"Bruising noticed on both of Grace's forearms after personal care."_s,
                        {u"Physical Abuse"_s, u"Neglect and Acts of Omission"_s},
                        {u"Care Home – Residential"_s}, {u"Service Provider"_s});
    r.section42 = decided(
        EnquiryDecision::Section42, t.ago(40), YesNoUnknown::Yes, YesNoUnknown::Yes, YesNoUnknown::Yes,
        u"Lives in residential care; unexplained bruising; depends on staff for personal care."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    Conversation visit = talk(
        t.at(39, 14), u"Care home lounge"_s, false,
        u"Grace's daughter Ruth was visiting and stayed. Grace said little while she was there."_s,
        {u"They're in a hurry in the mornings."_s});
    visit.present = QStringList{u"Ruth Fictional (daughter, LPA health and welfare)"_s};
    visit.notAloneReason = u"Grace asked Ruth to stay; we agreed to come back to talk on her own."_s;
    visit.aloneConversationPlannedFor = t.ago(-2);
    r.conversations.push_back(visit);
    r.outcomes.push_back(
        outcome(1, {{t.ago(39), u"To be helped gently in the mornings, not rushed."_s, {}}}));
    r.actions.push_back({0,
                         1,
                         u"Care home manager"_s,
                         u"Review the morning rota and moving-and-handling plan"_s,
                         t.ago(10),
                         {}});
    r.notes.push_back(
        note(1, t.at(40, 9), u"Body map received from the home. Police not involved at this stage."_s));
    return r;
}

// Decided not to enquire, with the response given instead.
CaseRecord eric(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-006"_s;
    r.person = person(u"Eric"_s, u"Madeup"_s, {}, QDate(1983, 3, 8));
    forTheReturn(r.person, u"Male"_s, u"Refused"_s, u"Not Known"_s);
    r.concern = concern(
        t.ago(3), QTime(22, 40), u"police officer"_s,
        u"Called to an argument; Eric says his brother has been taking money from his account."_s,
        {u"Financial or Material Abuse"_s}, {u"Own Home"_s}, {u"Other – Known to individual"_s});
    r.concern.personKnows = YesNoUnknown::Yes;
    r.concern.personsView = u"Eric wants it dealt with by the police."_s;
    r.section42 = decided(
        EnquiryDecision::NoEnquiry, t.ago(2), YesNoUnknown::No, YesNoUnknown::Yes, YesNoUnknown::No,
        u"No care and support needs; Eric is managing the matter himself with the police."_s,
        u"Eric is reporting the thefts to the police himself and has changed his bank details; "
        u"we gave him Victim Support's number and he knows how to reach us."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(
        talk(t.at(2, 10), u"Phone"_s, true, u"Eric was clear about what he wants and what he is doing."_s,
             {u"I can sort this out myself with the police, thanks."_s}, {Participation::ByPhone}));
    r.outcomes.push_back(
        outcome(1, {{t.ago(2), u"To get my money back and for my brother to leave me alone."_s, {}}}));
    return r;
}

// Closed, partly met.
CaseRecord win(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-007"_s;
    r.person = person(u"Winifred"_s, u"Notreal"_s, u"Win"_s, QDate(1945, 7, 19));
    forTheReturn(r.person, u"Female"_s, u"Mixed / Multiple"_s, u"Physical Support"_s);
    r.concern = concern(t.ago(120), QTime(10, 5), u"day centre volunteer"_s,
                        u"The minibus driver shouts at Win and leaves her waiting in the cold."_s,
                        {u"Psychological Abuse"_s, u"Organisational Abuse"_s},
                        {u"Community Service"_s, u"In the Community"_s}, {u"Service Provider"_s});
    r.section42 = decided(EnquiryDecision::Section42, t.ago(119), YesNoUnknown::Yes, YesNoUnknown::Yes,
                          YesNoUnknown::Yes,
                          u"Dementia; frightened of the driver; cannot arrange other transport herself."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(
        talk(t.at(119, 11), u"Day centre, quiet room"_s, true, u"Win talked about the journeys."_s,
             {u"I want to keep going to the centre. I just don't want him driving me."_s}));
    r.outcomes.push_back(outcome(
        1, {{t.ago(119), u"To keep going to the day centre, without that driver."_s, {}}},
        OutcomeAchievement{Achievement::Fully, u"A different driver now does Win's route."_s, t.ago(30)}));
    r.outcomes.push_back(
        outcome(2, {{t.ago(119), u"For the manager to say sorry to me."_s, {}}},
                OutcomeAchievement{
                    Achievement::Partly,
                    u"The provider wrote an apology, but Win wanted the manager to say it to her face."_s,
                    t.ago(30)}));
    r.closure = Closure{t.ago(30), FeelsSafer::Partly, u"Risk identified and action taken"_s,
                        u"Risk reduced"_s, u"Commissioners are reviewing the transport contract."_s,
                        {ExperienceRespondent::Person, ExperienceAnswer::Yes, ExperienceAnswer::Partly}};
    return r;
}

// Closed, not met, with the honest reason.
CaseRecord arthur(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-008"_s;
    r.person = person(u"Arthur"_s, u"Pretend"_s, {}, QDate(1940, 2, 29));
    forTheReturn(r.person, u"Male"_s, u"White"_s, u"Physical Support"_s);
    r.concern = concern(t.ago(150), QTime(14, 0), u"GP"_s,
                        u"Arthur's son shouts at him and has pushed him; Arthur has a bruise on his cheek."_s,
                        {u"Domestic Abuse"_s, u"Physical Abuse"_s, u"Psychological Abuse"_s}, {u"Own Home"_s},
                        {u"Other – Known to individual"_s});
    r.section42 = decided(EnquiryDecision::Section42, t.ago(149), YesNoUnknown::Yes, YesNoUnknown::Yes,
                          YesNoUnknown::Yes, u"Frailty; harmed by his son, who is also his main carer."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(talk(t.at(149, 10), u"GP surgery"_s, true,
                                   u"Saw Arthur alone after his appointment."_s,
                                   {u"I want him to move out, but I still want to see him on Sundays."_s}));
    r.outcomes.push_back(outcome(
        1, {{t.ago(149), u"For my son to move out, but still visit on Sundays."_s, {}}},
        OutcomeAchievement{Achievement::Not,
                           u"His son would not agree to leave, and Arthur decided against legal action. "
                           u"We talked honestly that we could not make him go without it."_s,
                           t.ago(60)}));
    r.closure = Closure{
        t.ago(60), FeelsSafer::No, u"Risk identified and action taken"_s, u"Risk remained"_s,
        u"GP and district nurses aware; Arthur knows how to reach us and the domestic abuse service."_s,
        {ExperienceRespondent::Person, ExperienceAnswer::Yes, ExperienceAnswer::No}};
    return r;
}

// Closed without asking the person: no view on outcomes, not asked if safer.
CaseRecord ivy(const Timeline& t)
{
    CaseRecord r;
    r.reference = u"DEMO-009"_s;
    r.person = person(u"Ivy"_s, u"Invented"_s, {}, QDate(1931, 12, 1));
    forTheReturn(r.person, u"Female"_s, u"Undeclared / Not Known"_s, u"Physical Support"_s);
    r.concern = concern(t.ago(95), QTime(12, 20), u"hospital discharge nurse"_s,
                        u"Ivy was admitted with pressure sores after her care package stopped."_s,
                        {u"Neglect and Acts of Omission"_s}, {u"Own Home"_s, u"Hospital – Acute"_s},
                        {u"Service Provider"_s});
    r.section42 = decided(
        EnquiryDecision::Section42, t.ago(94), YesNoUnknown::Yes, YesNoUnknown::Yes, YesNoUnknown::Yes,
        u"Needs help with all personal care; sores developed at home; could not arrange care herself."_s);
    r.mspAsked = sac::kMspAskedExpressed;
    r.conversations.push_back(talk(t.at(92, 15), u"Hospital ward"_s, true,
                                   u"Brief chat on the ward; Ivy was tired."_s,
                                   {u"I want to go home when I'm better."_s}));
    r.outcomes.push_back(outcome(1, {{t.ago(92), u"To go home when I'm better."_s, {}}}));
    r.closure = Closure{t.ago(80), FeelsSafer::NotAsked, u"Risk identified and action taken"_s,
                        u"Risk removed"_s,
                        u"Ivy moved to her sister's in another county before we could ask how she felt."_s};
    return r;
}

} // namespace

std::vector<CaseRecord> demoJourneys(const QDate& today)
{
    const Timeline t(today);
    return {doris(t), sam(t), priya(t), tom(t), grace(t), eric(t), win(t), arthur(t), ivy(t)};
}

} // namespace alongside::core
