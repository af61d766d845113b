#include "LegalFixtures.h"

#include <QFile>

using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace alongside::test {

CapacityAssessment moveAssessment()
{
    CapacityAssessment a;
    a.decision = u"Whether to move to Elm House care home"_s;
    a.assessedOn = QDate(2026, 2, 27);
    a.assessor = u"Sam Patel, social worker"_s;
    a.practicableSteps = {u"Met at 10am, when she is most alert"_s, u"Used photographs of Elm House"_s};
    a.relevantInformation = u"What Elm House offers; care at home instead; the risk of falls"_s;
    a.functionalTest.understand = {YesNoUnknown::No, u"“It's the place with the garden, by the church.”"_s};
    a.functionalTest.retain = {YesNoUnknown::Yes, u"Asked three times in ten minutes where she was going"_s};
    a.functionalTest.useOrWeigh = {YesNoUnknown::Yes, u"“I'll be at home with Mum,” who died in 1990"_s};
    a.functionalTest.communicate = {YesNoUnknown::No, u"Speaks clearly"_s};
    a.functionalTest.recordedAt = QDateTime(QDate(2026, 2, 27), QTime(10, 40), Qt::OffsetFromUTC, 0);
    a.causativeNexus.impairment = u"Alzheimer's disease, diagnosed 2023"_s;
    a.causativeNexus.howItCausesInability = u"Her memory loss is why she cannot hold on to the information"_s;
    a.causativeNexus.recordedAt = QDateTime(QDate(2026, 2, 27), QTime(10, 55), Qt::OffsetFromUTC, 0);
    a.conclusion = CapacityConclusion::LacksCapacity;
    return a;
}

BestInterestsDecision moveBestInterests()
{
    BestInterestsDecision d;
    d.decision = u"Whether to move to Elm House care home"_s;
    d.decisionMaker = u"Sam Patel, social worker"_s;
    d.decidedOn = QDate(2026, 3, 1);
    d.lacksCapacityForDecision = YesNoUnknown::Yes;
    d.allRelevantCircumstances = {ChecklistStatus::Addressed, u"Falls at home; her garden matters to her"_s};
    d.regainingCapacity = {ChecklistStatus::Addressed, u"Not likely to regain it soon"_s};
    d.participation = {ChecklistStatus::Addressed, u"Visited Elm House with her"_s};
    d.lifeSustainingTreatment = {ChecklistStatus::NotApplicable, u"Not about treatment"_s};
    d.wishesFeelingsBeliefsValues = {ChecklistStatus::Addressed, u"Church every Sunday"_s};
    d.inTheirOwnWords = u"“I want to be near the church.”"_s;
    d.consulted = {{u"Rita"_s, ConsulteeRole::CarerOrInterested, u"Wants her safe and near church"_s}};
    d.notConsulted = {{ConsulteeRole::Attorney, u"There is no attorney"_s}};
    d.options = {{u"Stay at home with more care"_s, true, false, u"Falls risk at night"_s},
                 {u"Move to Elm House"_s, false, true, u"Near the church; garden"_s}};
    d.whyNotLeastRestrictive = u"Night-time falls cannot be covered at home"_s;
    return d;
}

AdvocacySituation daughterImplicated()
{
    AdvocacySituation s;
    s.process = CareActProcess::Section42Enquiry;
    s.difficulty.understanding = {YesNoUnknown::Yes, u"Could not say back what the enquiry is for"_s};
    s.difficulty.communicating = {YesNoUnknown::No, u"Speaks clearly"_s};
    AppropriateIndividual karen;
    karen.name = u"Karen"_s;
    karen.relationship = u"daughter"_s;
    karen.suitable = YesNoUnknown::Yes;
    karen.paidOrProfessional = YesNoUnknown::No;
    karen.implicated = YesNoUnknown::Yes;
    karen.consents = YesNoUnknown::Yes;
    s.consideredIndividuals = {karen};
    return s;
}

ImcaSituation careHomeMove()
{
    ImcaSituation s;
    s.peopleToConsult.familyOrFriends = YesNoUnknown::No;
    CouncilAccommodation move;
    move.lacksCapacityToAgree = YesNoUnknown::Yes;
    move.basis = AccommodationBasis::CareActPart1;
    move.likelyDays = 84;
    move.urgent = YesNoUnknown::No;
    move.mentalHealthActObligation = YesNoUnknown::No;
    s.councilAccommodation = move;
    return s;
}

WishesSituation othersAtRisk()
{
    WishesSituation w;
    w.wish = PersonsWish::DoesNotWantAction;
    w.inTheirOwnWords = u"“Leave it, he doesn't mean it.”"_s;
    w.capacityForDecision = YesNoUnknown::Yes;
    w.seenAlone = YesNoUnknown::Yes;
    w.othersAtRisk = {YesNoUnknown::Yes, u"Two grandchildren stay at weekends"_s};
    w.personTold = YesNoUnknown::Yes;
    return w;
}

RiskEnablementNote busToTown()
{
    RiskEnablementNote n;
    n.activity = u"Taking the bus into town alone on market day"_s;
    n.whatItMeans = u"“It's the only time I feel like me.”"_s;
    n.desiredOutcome = u"To keep going to the market on Thursdays"_s;
    n.strengths = u"Knows the route; the driver knows her"_s;
    n.protectivePeople = u"Stall holder Bev; neighbour Jo"_s;
    n.risk = {u"A fall, or getting lost"_s, {true, false, false}, RiskLevel::Medium, RiskLevel::High};
    n.personsView = u"“I might fall, but I'd rather fall at the market than sit here.”"_s;
    n.acceptableToThem = u"Carrying a phone; telling Jo when she is back"_s;
    n.capacityForDecision = YesNoUnknown::Yes;
    n.options = {{u"Stop going"_s, false, false, u"She would lose the one thing she looks forward to"_s},
                 {u"Go with a phone and a check-in call"_s, true, true, {}}};
    n.agreed = u"She goes; Jo rings at 2pm"_s;
    n.actions = {{u"Ring at 2pm on Thursdays"_s, u"Jo (neighbour)"_s, QDate(2026, 3, 5), true},
                 {u"Set up a pendant alarm"_s, u"Sam Patel"_s, QDate(2026, 3, 12), false}};
    n.contingency = u"If she is not back by 4pm Jo rings the duty team"_s;
    n.escalationTrigger = u"Two falls in a month: take it to the risk panel"_s;
    n.views = {{u"Daughter"_s, u"Wants her to stop going"_s, true}};
    n.whereViewsDiffer = u"Her daughter would rather she stayed at home"_s;
    n.decidedBy = u"Sam Patel with the person"_s;
    n.managerSignOff = u"Chris Okafor, team manager"_s;
    n.decidedOn = QDate(2026, 2, 20);
    n.reviewOn = QDate(2026, 5, 20);
    n.howMonitored = u"Jo's calls; weekly phone call from Sam"_s;
    n.namedTools = u"None"_s;
    n.flags.coercionOrControlSuspected = false;
    return n;
}

QByteArray checkFixture(const QString& name)
{
    QFile file(QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/checks/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace alongside::test
