// Reading each check's JSON input (docs/checks.md), in-process: every documented field lands in
// the model, and every kind of mistake is reported at its path.

#include "codecs/CheckInputReader.h"
#include "codecs/CheckInputWriter.h"

#include "support/Catch.h"

using namespace alongside::core;

namespace {

QString problemsOf(const CaseFileProblems& problems)
{
    QStringList lines;
    for (const CaseFileProblem& problem : problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

bool reports(const CaseFileProblems& problems, const char* path, const char* reason)
{
    for (const CaseFileProblem& problem : problems) {
        if (problem.path == QLatin1String(path) && problem.reason.contains(QLatin1String(reason)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("every advocacy field is read into the situation")
{
    const auto input = readAdvocacyInput(R"({
        "process": "review",
        "substantialDifficulty": {
            "understanding": {"found": "yes", "evidence": "u"},
            "retaining": {"found": "no", "evidence": "r"},
            "usingOrWeighing": {"found": "not-known"},
            "communicating": {"found": "yes", "evidence": "c"}
        },
        "consideredIndividuals": [{"name": "Joan", "relationship": "sister", "suitable": "yes",
            "suitabilityNote": "close", "paidOrProfessional": "no", "implicated": "no",
            "capacityToConsent": "no", "consents": "not-known", "inBestInterests": "yes"}],
        "nhsPlacement": {"setting": "care-home", "likelyDays": 60, "advocateInBestInterests": "no"},
        "disagreement": {"about": "the move", "bothAgreeAdvocateInBestInterests": "yes"}
    })");
    INFO(problemsOf(input.problems).toStdString());
    REQUIRE(input.ok());
    const AdvocacySituation& situation = input.value;
    CHECK(situation.process == CareActProcess::Review);
    CHECK(situation.difficulty.understanding.found == YesNoUnknown::Yes);
    CHECK(situation.difficulty.retaining.evidence == QStringLiteral("r"));
    CHECK(situation.difficulty.usingOrWeighing.found == YesNoUnknown::NotKnown);
    CHECK(situation.difficulty.communicating.evidence == QStringLiteral("c"));
    REQUIRE(situation.consideredIndividuals.size() == 1);
    const AppropriateIndividual& joan = situation.consideredIndividuals.front();
    CHECK(joan.name == QStringLiteral("Joan"));
    CHECK(joan.relationship == QStringLiteral("sister"));
    CHECK(joan.suitable == YesNoUnknown::Yes);
    CHECK(joan.suitabilityNote == QStringLiteral("close"));
    CHECK(joan.paidOrProfessional == YesNoUnknown::No);
    CHECK(joan.implicated == YesNoUnknown::No);
    CHECK(joan.capacityToConsent == YesNoUnknown::No);
    CHECK(joan.consents == YesNoUnknown::NotKnown);
    CHECK(joan.inBestInterests == YesNoUnknown::Yes);
    REQUIRE(situation.nhsPlacement);
    CHECK(situation.nhsPlacement->setting == PlacementSetting::CareHome);
    CHECK(situation.nhsPlacement->likelyDays == 60);
    CHECK(situation.nhsPlacement->advocateInBestInterests == YesNoUnknown::No);
    REQUIRE(situation.disagreement);
    CHECK(situation.disagreement->about == QStringLiteral("the move"));
    CHECK(situation.disagreement->bothAgreeAdvocateInBestInterests == YesNoUnknown::Yes);
}

TEST_CASE("every IMCA field is read into the situation")
{
    const auto input = readImcaInput(R"({
        "peopleToConsult": {"familyOrFriends": "no", "nominatedPerson": true, "attorney": true, "deputy": true},
        "seriousMedicalTreatment": {"lacksCapacityToConsent": "yes", "urgent": "no", "mentalHealthActPart4": "yes"},
        "nhsAccommodation": {"lacksCapacityToAgree": "yes", "setting": "hospital", "likelyDays": 30,
            "urgent": "yes", "mentalHealthActObligation": "no", "dolsRelevantPlace": true},
        "councilAccommodation": {"lacksCapacityToAgree": "no", "basis": "mental-health-act-s117", "likelyDays": 70,
            "urgent": "no", "mentalHealthActObligation": "yes", "dolsRelevantPlace": true},
        "careReview": {"lacksCapacity": "yes", "accommodatedSince": "2025-01-06", "reviewOn": "2025-04-07",
            "mentalHealthActObligation": "no"},
        "adultProtection": {"lacksCapacityToAgreeToMeasures": "yes", "allegation": "abusing-another"},
        "dols": {"stage": "authorised", "representative": "unpaid", "representativeAppointmentEnded": true,
            "personAsks": true, "representativeAsks": true, "rightsAtRisk": "yes"}
    })");
    INFO(problemsOf(input.problems).toStdString());
    REQUIRE(input.ok());
    const ImcaSituation& situation = input.value;
    CHECK(situation.peopleToConsult.familyOrFriends == YesNoUnknown::No);
    // The first format's flags read as three people whose authority is not recorded.
    REQUIRE(situation.peopleToConsult.representatives.size() == 3);
    CHECK(situation.peopleToConsult.representatives[0].role == AuthorisedRole::NominatedPerson);
    CHECK(situation.peopleToConsult.representatives[1].role == AuthorisedRole::LastingAttorney);
    CHECK(situation.peopleToConsult.representatives[2].role == AuthorisedRole::Deputy);
    for (const AuthorisedRepresentative& representative : situation.peopleToConsult.representatives)
        CHECK_FALSE(representative.coversRecorded());
    REQUIRE(situation.seriousMedicalTreatment);
    CHECK(situation.seriousMedicalTreatment->mentalHealthActPart4 == YesNoUnknown::Yes);
    REQUIRE(situation.nhsAccommodation);
    CHECK(situation.nhsAccommodation->setting == PlacementSetting::Hospital);
    CHECK(situation.nhsAccommodation->likelyDays == 30);
    CHECK(situation.nhsAccommodation->urgent == YesNoUnknown::Yes);
    CHECK(situation.nhsAccommodation->dolsRelevantPlace == YesNoUnknown::Yes);
    REQUIRE(situation.councilAccommodation);
    CHECK(situation.councilAccommodation->lacksCapacityToAgree == YesNoUnknown::No);
    CHECK(situation.councilAccommodation->basis == AccommodationBasis::MentalHealthActS117);
    CHECK(situation.councilAccommodation->mentalHealthActObligation == YesNoUnknown::Yes);
    REQUIRE(situation.careReview);
    CHECK(situation.careReview->accommodatedSince == QDate(2025, 1, 6));
    CHECK(situation.careReview->reviewOn == QDate(2025, 4, 7));
    REQUIRE(situation.adultProtection);
    CHECK(situation.adultProtection->allegation == AllegationKind::AbusingAnother);
    REQUIRE(situation.dols);
    CHECK(situation.dols->stage == DolsStage::Authorised);
    CHECK(situation.dols->representative == RepresentativeKind::Unpaid);
    CHECK((situation.dols->representativeAppointmentEnded && situation.dols->personAsks
           && situation.dols->representativeAsks));
    CHECK(situation.dols->rightsAtRisk == YesNoUnknown::Yes);
}

TEST_CASE("the facts issue 13 added to the IMCA input are read and written back unchanged")
{
    const QByteArray text = R"({
        "peopleToConsult": {"familyOrFriends": "no", "representatives": [
            {"role": "lasting-attorney", "name": "Bea", "covers": ["property-and-affairs"]},
            {"role": "nominated-person", "name": "Joan", "covers": ["medical-treatment", "accommodation"]},
            {"role": "deputy"}]},
        "seriousMedicalTreatment": {"proposedByNhsBody": "no", "lacksCapacityToConsent": "yes"},
        "nhsAccommodation": {"setting": "care-home", "arrangementsMadeOn": "2025-03-03",
            "dolsRelevantPlace": "not-known"},
        "councilAccommodation": {"basis": "care-act-part-1", "dolsRelevantPlace": "no"},
        "careReview": {"particularBenefit": {"satisfied": "yes", "why": "Nobody visits her"}},
        "adultProtection": {"allegation": "abused-or-neglected", "familyMemberImplicated": "yes",
            "particularBenefit": {"satisfied": "no", "why": "Has an advocate already"}}
    })";
    const auto input = readImcaInput(text);
    INFO(problemsOf(input.problems).toStdString());
    REQUIRE(input.ok());
    const ImcaSituation& situation = input.value;
    REQUIRE(situation.peopleToConsult.representatives.size() == 3);
    CHECK(situation.peopleToConsult.representatives[0].covers
          == QList<AuthorityMatter>{AuthorityMatter::PropertyAndAffairs});
    CHECK(situation.peopleToConsult.representatives[1].name == QStringLiteral("Joan"));
    CHECK(situation.peopleToConsult.representatives[1].coversMatter(AuthorityMatter::Accommodation));
    CHECK_FALSE(situation.peopleToConsult.representatives[2].coversRecorded());
    CHECK(situation.seriousMedicalTreatment->proposedByNhsBody == YesNoUnknown::No);
    CHECK(situation.nhsAccommodation->arrangementsMadeOn == QDate(2025, 3, 3));
    CHECK(situation.nhsAccommodation->dolsRelevantPlace == YesNoUnknown::NotKnown);
    CHECK(situation.councilAccommodation->dolsRelevantPlace == YesNoUnknown::No);
    CHECK(situation.careReview->particularBenefit.satisfied == YesNoUnknown::Yes);
    CHECK(situation.careReview->particularBenefit.why == QStringLiteral("Nobody visits her"));
    CHECK(situation.adultProtection->familyMemberImplicated == YesNoUnknown::Yes);
    CHECK(situation.adultProtection->particularBenefit.satisfied == YesNoUnknown::No);

    // Written for the store and read again, it is the same situation.
    const auto again = readImcaInput(checkInputText(imcaToJson(situation)));
    REQUIRE(again.ok());
    CHECK(checkInputText(imcaToJson(again.value)) == checkInputText(imcaToJson(situation)));
    CHECK(again.value.peopleToConsult.representatives.size() == 3);
    CHECK(again.value.adultProtection->particularBenefit.why == QStringLiteral("Has an advocate already"));
}

TEST_CASE("a safeguarding adults review input says whether the adult is alive")
{
    const auto input = readAdvocacyInput(R"({"process": "safeguarding-adults-review", "adultAlive": "no"})");
    REQUIRE(input.ok());
    CHECK(input.value.adultAlive == YesNoUnknown::No);
    CHECK(checkInputText(advocacyToJson(input.value)).contains(R"("adultAlive":"no")"));
}

TEST_CASE("an unknown role or matter for a nominee, attorney or deputy is refused at its path")
{
    const auto input = readImcaInput(R"({"peopleToConsult": {"representatives": [
        {"role": "attorney", "covers": ["health"]}]}})");
    INFO(problemsOf(input.problems).toStdString());
    CHECK(reports(input.problems, "$.peopleToConsult.representatives[0].role", "\"attorney\" is not a role"));
    CHECK(reports(input.problems, "$.peopleToConsult.representatives[0].covers[0]", "\"health\""));
}

TEST_CASE("every capacity, best-interests and wishes field is read")
{
    const auto capacity = readCapacityInput(R"({
        "decision": "d", "assessedOn": "2025-03-10", "assessor": "a", "practicableSteps": ["s1", "s2"],
        "relevantInformation": "i",
        "functionalTest": {"understand": {"unable": "no", "evidence": "e1"}, "retain": {"unable": "yes"},
            "useOrWeigh": {"unable": "yes", "evidence": "e3"}, "communicate": {"unable": "not-known"},
            "recordedAt": "2025-03-10T10:40:00+00:00"},
        "causativeNexus": {"impairment": "m", "howItCausesInability": "h", "recordedAt": "2025-03-10T10:05:00Z"},
        "conclusion": "lacks-capacity", "reliesOn": ["age", "unwise-decision"]
    })");
    INFO(problemsOf(capacity.problems).toStdString());
    REQUIRE(capacity.ok());
    CHECK(capacity.value.practicableSteps == QStringList{QStringLiteral("s1"), QStringLiteral("s2")});
    CHECK(capacity.value.functionalTest.retain.unable == YesNoUnknown::Yes);
    CHECK(capacity.value.functionalTest.useOrWeigh.evidence == QStringLiteral("e3"));
    CHECK(capacity.value.functionalTest.recordedAt.isValid());
    CHECK(capacity.value.causativeNexus.recordedAt < capacity.value.functionalTest.recordedAt);
    CHECK(capacity.value.conclusion == CapacityConclusion::LacksCapacity);
    CHECK(capacity.value.reliesOn
          == QList<UnjustifiedBasis>{UnjustifiedBasis::Age, UnjustifiedBasis::UnwiseDecision});

    const auto bestInterests = readBestInterestsInput(R"({
        "decision": "d", "decisionMaker": "m", "decidedOn": "2025-03-20", "lacksCapacityForDecision": "yes",
        "checklist": {"allRelevantCircumstances": {"status": "addressed", "note": "n"},
            "regainingCapacity": {"status": "not-applicable", "note": "n"},
            "participation": {"status": "not-addressed"},
            "lifeSustainingTreatment": {"status": "not-applicable", "note": "n"},
            "wishesFeelingsBeliefsValues": {"status": "addressed", "note": "n"}},
        "inTheirOwnWords": "w",
        "consulted": [{"name": "A", "role": "deputy", "views": "v"}],
        "notConsulted": [{"role": "attorney", "reason": "none"}],
        "options": [{"description": "o", "leastRestrictive": true, "chosen": true, "considerations": "c"}],
        "whyNotLeastRestrictive": "", "reliesOn": ["behaviour"]
    })");
    INFO(problemsOf(bestInterests.problems).toStdString());
    REQUIRE(bestInterests.ok());
    CHECK(bestInterests.value.regainingCapacity.status == ChecklistStatus::NotApplicable);
    CHECK(bestInterests.value.participation.status == ChecklistStatus::NotAddressed);
    REQUIRE(bestInterests.value.consulted.size() == 1);
    CHECK(bestInterests.value.consulted.front().role == ConsulteeRole::Deputy);
    REQUIRE(bestInterests.value.notConsulted.size() == 1);
    CHECK(bestInterests.value.notConsulted.front().role == ConsulteeRole::Attorney);
    REQUIRE(bestInterests.value.options.size() == 1);
    CHECK(
        (bestInterests.value.options.front().leastRestrictive && bestInterests.value.options.front().chosen));
    CHECK(bestInterests.value.reliesOn == QList<UnjustifiedBasis>{UnjustifiedBasis::Behaviour});

    const auto wishes = readWishesInput(R"({
        "wish": "does-not-want-action", "inTheirOwnWords": "w", "capacityForDecision": "no", "seenAlone": "yes",
        "othersAtRisk": {"present": "yes", "why": "y"}, "seriousCrime": {"present": "no"},
        "positionOfTrust": {"present": "not-known"}, "coercion": {"present": "yes"}, "publicInterest": {},
        "personTold": "no", "notToldBecause": "b", "closing": true
    })");
    INFO(problemsOf(wishes.problems).toStdString());
    REQUIRE(wishes.ok());
    CHECK(wishes.value.wish == PersonsWish::DoesNotWantAction);
    CHECK(wishes.value.capacityForDecision == YesNoUnknown::No);
    CHECK(wishes.value.othersAtRisk.why == QStringLiteral("y"));
    CHECK(wishes.value.coercion.present == YesNoUnknown::Yes);
    CHECK(wishes.value.publicInterest.present == YesNoUnknown::NotKnown);
    CHECK(wishes.value.personTold == YesNoUnknown::No);
    CHECK(wishes.value.notToldBecause == QStringLiteral("b"));
    CHECK(wishes.value.closing);
}

TEST_CASE("the one-advocate input reads both situations and the advocates recorded")
{
    const auto input = readOneAdvocateInput(R"({
        "careAct": {"process": "needs-assessment"},
        "imca": {"peopleToConsult": {"familyOrFriends": "no"}},
        "advocates": [{"name": "Priya Shah", "role": "both", "provider": "P", "referredOn": "2025-03-03"}]
    })");
    INFO(problemsOf(input.problems).toStdString());
    REQUIRE(input.ok());
    CHECK(input.value.careAct.process == CareActProcess::NeedsAssessment);
    CHECK(input.value.imca.peopleToConsult.familyOrFriends == YesNoUnknown::No);
    REQUIRE(input.value.advocates.size() == 1);
    CHECK(input.value.advocates.front().role == AdvocateRole::Both);
    CHECK(input.value.advocates.front().referredOn == QDate(2025, 3, 3));
}

TEST_CASE("mistakes in a check's input are each reported at their path")
{
    const auto imca = readImcaInput(R"({
        "peopleToConsult": {"familyOrFriends": true, "attorney": "yes"},
        "nhsAccommodation": {"likelyDays": 12.5},
        "councilAccommodation": {"basis": "care-act-part-1", "likelyDays": -3},
        "careReview": {"accommodatedSince": "2025-02-30", "reviewOn": "7 April"},
        "adultProtection": [],
        "dols": {"stage": "pending", "rightsAtRisk": "perhaps"},
        "seriousMedicalTreatment": {"urgnet": "yes"}
    })");
    const CaseFileProblems& problems = imca.problems;
    INFO(problemsOf(problems).toStdString());
    CHECK(reports(problems, "$.peopleToConsult.familyOrFriends", "expected text"));
    CHECK(reports(problems, "$.peopleToConsult.attorney", "expected true or false"));
    CHECK(reports(problems, "$.nhsAccommodation.setting", "required field is missing"));
    CHECK(reports(problems, "$.nhsAccommodation.likelyDays", "whole number of days, found 12.5"));
    CHECK(reports(problems, "$.councilAccommodation.likelyDays", "whole number of days, found -3"));
    CHECK(reports(problems, "$.careReview.accommodatedSince", "not a real date"));
    CHECK(reports(problems, "$.careReview.reviewOn", "not a date in the form YYYY-MM-DD"));
    CHECK(reports(problems, "$.adultProtection", "expected an object, found a list"));
    CHECK(reports(problems, "$.dols.stage", "\"pending\" is not a DoLS stage"));
    CHECK(reports(problems, "$.dols.rightsAtRisk", "\"perhaps\" is not a recognised answer"));
    CHECK(reports(problems, "$.seriousMedicalTreatment.urgnet", "unknown field"));
    CHECK(problems.size() == 11);
}

TEST_CASE("lists in a check's input must hold objects or known codes, each once")
{
    const auto bestInterests = readBestInterestsInput(R"({
        "consulted": [{"name": "A"}, "B"],
        "options": {"description": "o"},
        "reliesOn": ["unwise-decision", "age", "age"],
        "checklist": {"participation": {"status": "done"}}
    })");
    const CaseFileProblems& problems = bestInterests.problems;
    INFO(problemsOf(problems).toStdString());
    CHECK(reports(problems, "$.consulted[0].role", "required field is missing"));
    CHECK(reports(problems, "$.consulted[1]", "expected an object, found text"));
    CHECK(reports(problems, "$.options", "expected a list of objects, found an object"));
    // s.4(1) does not list an unwise decision: that is a capacity matter (s.1(4)).
    CHECK(reports(problems, "$.reliesOn[0]", "\"unwise-decision\" is not a ground"));
    CHECK(reports(problems, "$.reliesOn[2]", "listed more than once"));
    CHECK(reports(problems, "$.checklist.participation.status", "\"done\" is not a checklist status"));

    const auto capacity = readCapacityInput(
        R"({"practicableSteps": "one step", "functionalTest": {"recordedAt": "10:40"}})");
    INFO(problemsOf(capacity.problems).toStdString());
    CHECK(reports(capacity.problems, "$.practicableSteps", "expected a list of text"));
    CHECK(reports(capacity.problems, "$.functionalTest.recordedAt", "UTC offset"));
}

TEST_CASE(
    "an attorney's cover written twice, or a name or a particular-benefit reason past its limit, is refused "
    "at its path")
{
    // With the last "covers" winning, a property-and-affairs attorney would take a welfare duty away.
    const auto twice = readImcaInput(R"({"peopleToConsult": {"representatives": [
        {"role": "lasting-attorney", "covers": ["property-and-affairs"], "covers": ["medical-treatment"]}]}})");
    INFO(problemsOf(twice.problems).toStdString());
    CHECK(reports(twice.problems, "$.peopleToConsult.representatives[0].covers", "appears more than once"));

    const QByteArray longName = QByteArray(201, 'n');
    const QByteArray longWhy = QByteArray(10'001, 'w');
    const auto tooLong = readImcaInput(
        R"({"peopleToConsult": {"representatives": [{"role": "deputy", "name": ")" + longName
        + R"("}]}, "adultProtection": {"allegation": "abused-or-neglected",
                                       "particularBenefit": {"satisfied": "yes", "why": ")"
        + longWhy + R"("}}})");
    INFO(problemsOf(tooLong.problems).toStdString());
    CHECK(reports(tooLong.problems, "$.peopleToConsult.representatives[0].name", "at most 200"));
    CHECK(reports(tooLong.problems, "$.adultProtection.particularBenefit.why", "at most 10000"));
}
