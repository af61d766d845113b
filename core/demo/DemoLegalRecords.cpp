#include "demo/DemoLegalRecords.h"

#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"

#include <QDateTime>

namespace alongside::core {

namespace {

using namespace Qt::Literals::StringLiterals;

const QString kPractitioner = u"Demo Practitioner"_s;

// The repositories and the cases they write to; a refusal is remembered, not thrown.
class DemoWriter {
public:
    DemoWriter(const QSqlDatabase& db, const QDate& today)
        : m_today(today),
          m_cases(db, kPractitioner, clock()),
          capacity(db, kPractitioner, clock()),
          advocacy(db, kPractitioner, clock()),
          risks(db, kPractitioner, clock())
    {}

    QDate ago(int days) const { return m_today.addDays(-days); }
    QDateTime at(int daysAgo, int hour, int minute) const
    {
        return QDateTime(ago(daysAgo), QTime(hour, minute));
    }

    qint64 caseOf(const QString& reference)
    {
        const std::optional<qint64> id = m_cases.findByReference(reference);
        if (!id)
            fail(u"no case %1"_s.arg(reference));
        return id.value_or(0);
    }
    // The stored id of the case's n-th outcome (0 first).
    qint64 outcomeOf(qint64 caseId, std::size_t n) const
    {
        const std::optional<CaseRecord> record = m_cases.load(caseId);
        return record && n < record->outcomes.size() ? record->outcomes[n].id : 0;
    }

    qint64 check(const CaseWriteResult& result)
    {
        if (!result.ok())
            fail(result.error);
        return result.id;
    }
    bool ok() const { return m_ok; }

private:
    CaseRepository::Clock clock() const
    {
        return [today = m_today] { return QDateTime(today, QTime(9, 0)); };
    }
    void fail(const QString& why)
    {
        qWarning("alongside: a demo legal record was refused: %s", qUtf8Printable(why));
        m_ok = false;
    }

    QDate m_today;
    CaseRepository m_cases;
    bool m_ok = true;

public:
    CapacityRepository capacity;
    AdvocacyRepository advocacy;
    RiskEnablementRepository risks;
};

// Ivy, in hospital with delirium: where to live on discharge. The functional test first, then
// the causal link (JB [2021] UKSC 52); then the best-interests decision it led to.
void ivysDischarge(DemoWriter& w)
{
    const qint64 ivy = w.caseOf(u"DEMO-009"_s);
    const qint64 doubt = w.check(w.capacity.noteDoubt(
        ivy, u"Where to live when she leaves hospital"_s, w.ago(93),
        u"Muddled about the day and where she was; the ward says she has delirium from an infection."_s));

    CapacityAssessment a;
    a.decision = u"Where to live when she leaves hospital"_s;
    a.assessedOn = w.ago(90);
    a.assessor = u"Demo Practitioner, social worker"_s;
    a.practicableSteps = {u"Saw her mid-morning, when the ward says she is brightest"_s,
                          u"Quiet side room, hearing aid in, her glasses on"_s,
                          u"Photographs of her front step and stairs to talk about"_s,
                          u"Went back the next day to give her a second chance"_s};
    a.relevantInformation =
        u"She needs help to move and turn in bed twice a day while the sores heal; home with "
        u"four visits a day, or a few weeks at her sister Edna's, or a nursing home."_s;
    a.functionalTest.understand = {
        YesNoUnknown::Yes,
        u"Said “I'll manage, I always have”, but could not say what help she "
        u"needs to get out of bed, even after we went through it with pictures."_s};
    a.functionalTest.retain = {YesNoUnknown::Yes,
                               u"An hour later she did not remember the conversation or the photographs."_s};
    a.functionalTest.useOrWeigh = {
        YesNoUnknown::Yes,
        u"“I'll be home tomorrow, the girls will come in” – the care package ended in March."_s};
    a.functionalTest.communicate = {YesNoUnknown::No, u"Talks clearly and says what she wants."_s};
    a.functionalTest.recordedAt = w.at(90, 10, 30);
    a.causativeNexus.impairment = u"Delirium from a urine infection, on top of mild dementia"_s;
    a.causativeNexus.howItCausesInability =
        u"The confusion of the delirium is why she cannot hold on to and weigh what she is told; on the good "
        u"mornings before the infection she could."_s;
    a.causativeNexus.recordedAt = w.at(90, 10, 50);
    a.conclusion = CapacityConclusion::LacksCapacity;
    const qint64 assessment = w.check(w.capacity.addAssessment(ivy, a, doubt));

    BestInterestsDecision d;
    d.decision = u"Where Ivy lives when she leaves hospital"_s;
    d.decisionMaker = u"Demo Practitioner, social worker"_s;
    d.decidedOn = w.ago(88);
    d.lacksCapacityForDecision = YesNoUnknown::Yes;
    d.allRelevantCircumstances = {
        ChecklistStatus::Addressed,
        u"Pressure sores need turning twice a day; her flat has stairs to the bedroom."_s};
    d.regainingCapacity = {ChecklistStatus::Addressed,
                           u"The delirium may clear in weeks; this decision is for now only and will be "
                           u"made again with her once it has."_s};
    d.participation = {ChecklistStatus::Addressed, u"Talked it through with Ivy on two mornings."_s};
    d.lifeSustainingTreatment = {ChecklistStatus::NotApplicable, u"Not about treatment."_s};
    d.wishesFeelingsBeliefsValues = {ChecklistStatus::Addressed,
                                     u"Home matters most to her; she is close to her sister."_s};
    d.inTheirOwnWords = u"“I want to go home when I'm better.”"_s;
    d.consulted = {
        {u"Edna Invented"_s, ConsulteeRole::NamedByPerson,
         u"Would have Ivy to stay until she is back on her feet."_s},
        {u"Ward sister"_s, ConsulteeRole::CarerOrInterested, u"Twice-daily turning still needed."_s}};
    d.notConsulted = {{ConsulteeRole::Attorney, u"There is no attorney."_s},
                      {ConsulteeRole::Deputy, u"There is no deputy."_s}};
    d.options = {{u"Home with four care visits a day"_s, true, false,
                  u"What she wants, but nobody there overnight to turn her."_s},
                 {u"Stay with her sister Edna for six weeks, then review going home"_s, false, true,
                  u"Family, district nurses twice a day; a step on the way home."_s},
                 {u"A nursing home"_s, false, false, u"She was clear she does not want this."_s}};
    d.whyNotLeastRestrictive =
        u"Home visits cannot yet give the overnight turning her sores need; Edna's is the shortest way back home."_s;
    w.check(w.capacity.addBestInterests(ivy, d, assessment));
    w.check(w.capacity.setEnquiryCapacity(ivy, u"yes"_s, u"yes"_s));
}

// Priya: a learning disability, and the only people to support her are her aunt, far away, and
// her boyfriend, who is implicated. An advocate is required (Care Act 2014 s.68).
void priyasAdvocacy(DemoWriter& w)
{
    const qint64 priya = w.caseOf(u"DEMO-003"_s);
    AdvocacySituation s;
    s.process = CareActProcess::Section42Enquiry;
    s.difficulty.understanding = {YesNoUnknown::Yes,
                                  u"Needed the enquiry explained three times, with pictures."_s};
    s.difficulty.retaining = {YesNoUnknown::Yes, u"Next day she did not remember who we were."_s};
    s.difficulty.usingOrWeighing = {YesNoUnknown::NotKnown, {}};
    s.difficulty.communicating = {YesNoUnknown::No, u"Says what she wants, given time."_s};
    AppropriateIndividual aunt;
    aunt.name = u"Aunt Meena Pretend"_s;
    aunt.relationship = u"aunt"_s;
    aunt.suitable = YesNoUnknown::No;
    aunt.suitabilityNote = u"Lives 200 miles away and cannot come to meetings."_s;
    aunt.paidOrProfessional = YesNoUnknown::No;
    aunt.implicated = YesNoUnknown::No;
    aunt.consents = YesNoUnknown::Yes;
    AppropriateIndividual dan;
    dan.name = u"Dan Fakename"_s;
    dan.relationship = u"boyfriend"_s;
    dan.implicated = YesNoUnknown::Yes;
    s.consideredIndividuals = {aunt, dan};
    ImcaSituation imca;
    imca.peopleToConsult.familyOrFriends = YesNoUnknown::Yes;
    AdultProtection protection;
    protection.lacksCapacityToAgreeToMeasures = YesNoUnknown::No;
    protection.allegation = AllegationKind::AbusedOrNeglected;
    protection.familyMemberImplicated = YesNoUnknown::No; // Dan is her boyfriend
    imca.adultProtection = protection;
    w.check(w.advocacy.recordCheck(priya, w.ago(21), s, imca));
    w.check(w.advocacy.addReferral(
        priya, {u"Jordan Fakely"_s, AdvocateRole::CareAct, u"Northway Advocacy (demo)"_s, w.ago(20)}));

    WishesSituation wishes;
    wishes.wish = PersonsWish::DoesNotWantAction;
    wishes.inTheirOwnWords = u"“Don't tell the police. He'll know it was me.”"_s;
    wishes.capacityForDecision = YesNoUnknown::Yes;
    wishes.seenAlone = YesNoUnknown::Yes;
    wishes.coercion = {YesNoUnknown::Yes, u"Dan keeps her bank card and goes with her everywhere."_s};
    wishes.personTold = YesNoUnknown::Yes;
    w.check(w.advocacy.recordWishesOverride(priya, w.ago(13), wishes));

    RiskEnablementNote n;
    n.activity = u"Seeing Dan at college, not at her flat, for now"_s;
    n.whatItMeans = u"“I love him. I don't want to lose him.”"_s;
    n.desiredOutcome = u"To stay with Dan but be safe"_s;
    n.strengths = u"Goes to college every weekday; trusts her tutor and her advocate."_s;
    n.protectivePeople = u"Her tutor; Aunt Meena by phone; her advocate."_s;
    n.risk = {u"Dan takes her money again or stops her going to college"_s,
              {true, false, false},
              RiskLevel::Medium,
              RiskLevel::High};
    n.personsView = u"“He's nicer at college. I can leave if he shouts.”"_s;
    n.acceptableToThem = u"Meeting at college; keeping her own bank card."_s;
    n.capacityForDecision = YesNoUnknown::Yes;
    n.options = {{u"Tell her to stop seeing Dan"_s, false, false, u"She would stop talking to us."_s},
                 {u"See him at college only, with the tutor nearby"_s, true, true, {}}};
    n.agreed = u"Priya sees Dan at college; her card stays with her; the tutor checks in on Fridays."_s;
    n.actions = {{u"Check in with Priya on Fridays"_s, u"College tutor"_s, w.ago(-7), true},
                 {u"Ring Priya each week"_s, u"Jordan Fakely (advocate)"_s, w.ago(-7), true}};
    n.contingency = u"If she misses two days of college, the tutor rings the duty team."_s;
    n.escalationTrigger = u"Any sign he has her card again: multi-agency meeting."_s;
    n.views = {{u"Aunt Meena"_s, u"Would rather she ended it."_s, true},
               {u"Advocate"_s, u"Supports Priya's choice."_s, false}};
    n.whereViewsDiffer = u"Her aunt wants her to stop seeing Dan; Priya and her advocate do not."_s;
    n.decidedBy = u"Priya, with Demo Practitioner"_s;
    n.managerSignOff = u"Demo Team Manager"_s;
    n.decidedOn = w.ago(6);
    n.reviewOn = w.ago(-8);
    n.howMonitored = u"Tutor's Friday check-in; advocate's weekly call."_s;
    n.flags.coercionOrControlSuspected = true;
    w.check(w.risks.addNote(priya, n, {w.outcomeOf(priya, 1)}));
}

// Doris: no substantial difficulty, so no advocate; a risk she chooses to live with, whose
// review date has passed.
void dorisRisk(DemoWriter& w)
{
    const qint64 doris = w.caseOf(u"DEMO-001"_s);
    AdvocacySituation s;
    s.process = CareActProcess::Section42Enquiry;
    s.difficulty.understanding = {YesNoUnknown::No,
                                  u"Told back what the enquiry is for, in her own words."_s};
    s.difficulty.retaining = {YesNoUnknown::No, u"Remembered the visit and what we agreed."_s};
    s.difficulty.usingOrWeighing = {YesNoUnknown::No, u"Weighed up changing agency against keeping Julie."_s};
    s.difficulty.communicating = {YesNoUnknown::No, u"Fine when you face her (hearing aid, left ear)."_s};
    ImcaSituation imca;
    imca.peopleToConsult.familyOrFriends = YesNoUnknown::Yes;
    w.check(w.advocacy.recordCheck(doris, w.ago(8), s, imca));

    RiskEnablementNote n;
    n.activity = u"Keeping cash at home to pay the window cleaner and the milkman"_s;
    n.whatItMeans = u"“I've always paid my own way. I'm not having it all on cards.”"_s;
    n.desiredOutcome = u"For the money to stop going missing"_s;
    n.strengths = u"Sharp with numbers; knows exactly what she keeps."_s;
    n.protectivePeople = u"Julie, her carer; the agency manager."_s;
    n.risk = {u"More money taken during visits"_s, {true, false, false}, RiskLevel::Medium, RiskLevel::Low};
    n.personsView = u"“It's only a few pounds. I'd rather lose that than ask someone every time.”"_s;
    n.acceptableToThem = u"A lockable tin; no more than £30 in the house."_s;
    n.capacityForDecision = YesNoUnknown::Yes;
    n.options = {{u"All payments by card, no cash"_s, false, false, u"Doris said no."_s},
                 {u"Lockable tin, small amount of cash"_s, true, true, {}}};
    n.agreed = u"A lockable tin for her purse; the agency changes the Friday rota."_s;
    n.actions = {{u"Buy and fit a lockable tin"_s, u"Agency manager"_s, w.ago(4), true}};
    n.contingency = u"If money goes missing again, tell the police and the agency the same day."_s;
    n.escalationTrigger = u"Any further loss: strategy discussion with the agency's commissioners."_s;
    n.decidedBy = u"Doris, with Demo Practitioner"_s;
    n.decidedOn = w.ago(8);
    n.reviewOn = w.ago(1);
    n.howMonitored = u"Doris counts the tin each Sunday; phone call after each Friday visit."_s;
    w.check(w.risks.addNote(doris, n, {w.outcomeOf(doris, 0)}));
}

// Grace: the home says she has good and bad days; a doubt noted, not yet assessed.
void gracesDoubt(DemoWriter& w)
{
    const qint64 grace = w.caseOf(u"DEMO-005"_s);
    w.check(w.capacity.noteDoubt(
        grace, u"Whether to agree to two carers for morning personal care"_s, w.ago(39),
        u"Seemed unsure who the carers were; the home says she has good and bad days."_s));
}

// Win: she has capacity to choose how she gets to the day centre, in her own words.
void winsTransport(DemoWriter& w)
{
    const qint64 win = w.caseOf(u"DEMO-007"_s);
    const qint64 doubt = w.check(w.capacity.noteDoubt(
        win, u"Whether to keep travelling to the day centre on the council minibus"_s, w.ago(119),
        u"Dementia diagnosis; the volunteer wondered if she understood the choice."_s));
    CapacityAssessment a;
    a.decision = u"Whether to keep travelling to the day centre on the council minibus"_s;
    a.assessedOn = w.ago(118);
    a.assessor = u"Demo Practitioner, social worker"_s;
    a.practicableSteps = {u"At the day centre, where she is at ease"_s};
    a.relevantInformation = u"Minibus with a different driver, a taxi, or not going"_s;
    a.functionalTest.understand = {YesNoUnknown::No, u"“There's the bus, or a taxi, or I stop in.”"_s};
    a.functionalTest.retain = {YesNoUnknown::No, u"Told it back to me at the end of the visit."_s};
    a.functionalTest.useOrWeigh = {
        YesNoUnknown::No,
        u"“If I stop going I'll sit at home on my own all day. I'll take the bus if "
        u"it's not him.”"_s};
    a.functionalTest.communicate = {YesNoUnknown::No, u"Clear."_s};
    a.functionalTest.recordedAt = w.at(118, 11, 0);
    a.conclusion = CapacityConclusion::HasCapacity;
    w.check(w.capacity.addAssessment(win, a, doubt));
}

} // namespace

bool addDemoLegalRecords(QSqlDatabase db, const QDate& today)
{
    DemoWriter writer(db, today);
    ivysDischarge(writer);
    priyasAdvocacy(writer);
    dorisRisk(writer);
    gracesDoubt(writer);
    winsTransport(writer);
    return writer.ok();
}

} // namespace alongside::core
