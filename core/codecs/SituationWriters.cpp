// Writing the advocacy and IMCA situations and referrals as check input (docs/checks.md), the
// mirror of SituationReaders.cpp.

#include "codecs/CheckInputWriter.h"
#include "codecs/CheckJsonValues.h"

#include "model/CheckVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alongside::core {

using namespace checkjson;

namespace {

QJsonObject difficultyToJson(const DifficultyFinding& finding)
{
    QJsonObject object;
    putAnswer(object, QStringLiteral("found"), finding.found);
    putText(object, QStringLiteral("evidence"), finding.evidence);
    return object;
}

QJsonObject individualToJson(const AppropriateIndividual& individual)
{
    QJsonObject object;
    putText(object, QStringLiteral("name"), individual.name);
    putText(object, QStringLiteral("relationship"), individual.relationship);
    putAnswer(object, QStringLiteral("suitable"), individual.suitable);
    putText(object, QStringLiteral("suitabilityNote"), individual.suitabilityNote);
    putAnswer(object, QStringLiteral("paidOrProfessional"), individual.paidOrProfessional);
    putAnswer(object, QStringLiteral("implicated"), individual.implicated);
    putAnswer(object, QStringLiteral("capacityToConsent"), individual.capacityToConsent);
    putAnswer(object, QStringLiteral("consents"), individual.consents);
    putAnswer(object, QStringLiteral("inBestInterests"), individual.inBestInterests);
    return object;
}

QJsonObject representativeToJson(const AuthorisedRepresentative& representative)
{
    QJsonObject object;
    object.insert(QStringLiteral("role"), storageCode(representative.role));
    putText(object, QStringLiteral("name"), representative.name);
    putArray(object, QStringLiteral("covers"), codeArray(representative.covers));
    return object;
}

void putParticularBenefit(QJsonObject& object, const ParticularBenefit& benefit)
{
    QJsonObject judgement;
    putAnswer(judgement, QStringLiteral("satisfied"), benefit.satisfied);
    putText(judgement, QStringLiteral("why"), benefit.why);
    putObject(object, QStringLiteral("particularBenefit"), judgement);
}

void putDays(QJsonObject& object, const std::optional<int>& days)
{
    if (days)
        object.insert(QStringLiteral("likelyDays"), *days);
}

} // namespace

QJsonObject advocacyToJson(const AdvocacySituation& situation)
{
    QJsonObject object;
    object.insert(QStringLiteral("process"), storageCode(situation.process));
    putAnswer(object, QStringLiteral("adultAlive"), situation.adultAlive);
    QJsonObject difficulty;
    putObject(difficulty, QStringLiteral("understanding"),
              difficultyToJson(situation.difficulty.understanding));
    putObject(difficulty, QStringLiteral("retaining"), difficultyToJson(situation.difficulty.retaining));
    putObject(difficulty, QStringLiteral("usingOrWeighing"),
              difficultyToJson(situation.difficulty.usingOrWeighing));
    putObject(difficulty, QStringLiteral("communicating"),
              difficultyToJson(situation.difficulty.communicating));
    putObject(object, QStringLiteral("substantialDifficulty"), difficulty);
    QJsonArray individuals;
    for (const AppropriateIndividual& individual : situation.consideredIndividuals)
        individuals.append(individualToJson(individual));
    putArray(object, QStringLiteral("consideredIndividuals"), individuals);
    if (situation.nhsPlacement) {
        QJsonObject placement;
        placement.insert(QStringLiteral("setting"), storageCode(situation.nhsPlacement->setting));
        putDays(placement, situation.nhsPlacement->likelyDays);
        putAnswer(placement, QStringLiteral("advocateInBestInterests"),
                  situation.nhsPlacement->advocateInBestInterests);
        object.insert(QStringLiteral("nhsPlacement"), placement);
    }
    if (situation.disagreement) {
        QJsonObject disagreement;
        putText(disagreement, QStringLiteral("about"), situation.disagreement->about);
        putAnswer(disagreement, QStringLiteral("bothAgreeAdvocateInBestInterests"),
                  situation.disagreement->bothAgreeAdvocateInBestInterests);
        object.insert(QStringLiteral("disagreement"), disagreement);
    }
    return object;
}

QJsonObject imcaToJson(const ImcaSituation& situation)
{
    QJsonObject object;
    QJsonObject people;
    putAnswer(people, QStringLiteral("familyOrFriends"), situation.peopleToConsult.familyOrFriends);
    QJsonArray representatives;
    for (const AuthorisedRepresentative& representative : situation.peopleToConsult.representatives)
        representatives.append(representativeToJson(representative));
    putArray(people, QStringLiteral("representatives"), representatives);
    putObject(object, QStringLiteral("peopleToConsult"), people);
    if (const auto& treatment = situation.seriousMedicalTreatment) {
        QJsonObject found;
        putAnswer(found, QStringLiteral("proposedByNhsBody"), treatment->proposedByNhsBody);
        putAnswer(found, QStringLiteral("lacksCapacityToConsent"), treatment->lacksCapacityToConsent);
        putAnswer(found, QStringLiteral("urgent"), treatment->urgent);
        putAnswer(found, QStringLiteral("mentalHealthActPart4"), treatment->mentalHealthActPart4);
        object.insert(QStringLiteral("seriousMedicalTreatment"), found);
    }
    if (const auto& nhs = situation.nhsAccommodation) {
        QJsonObject found;
        putAnswer(found, QStringLiteral("lacksCapacityToAgree"), nhs->lacksCapacityToAgree);
        found.insert(QStringLiteral("setting"), storageCode(nhs->setting));
        putDays(found, nhs->likelyDays);
        putAnswer(found, QStringLiteral("urgent"), nhs->urgent);
        putDate(found, QStringLiteral("arrangementsMadeOn"), nhs->arrangementsMadeOn);
        putAnswer(found, QStringLiteral("mentalHealthActObligation"), nhs->mentalHealthActObligation);
        putAnswer(found, QStringLiteral("dolsRelevantPlace"), nhs->dolsRelevantPlace);
        object.insert(QStringLiteral("nhsAccommodation"), found);
    }
    if (const auto& council = situation.councilAccommodation) {
        QJsonObject found;
        putAnswer(found, QStringLiteral("lacksCapacityToAgree"), council->lacksCapacityToAgree);
        found.insert(QStringLiteral("basis"), storageCode(council->basis));
        putDays(found, council->likelyDays);
        putAnswer(found, QStringLiteral("urgent"), council->urgent);
        putDate(found, QStringLiteral("arrangementsMadeOn"), council->arrangementsMadeOn);
        putAnswer(found, QStringLiteral("mentalHealthActObligation"), council->mentalHealthActObligation);
        putAnswer(found, QStringLiteral("dolsRelevantPlace"), council->dolsRelevantPlace);
        object.insert(QStringLiteral("councilAccommodation"), found);
    }
    if (const auto& review = situation.careReview) {
        QJsonObject found;
        putAnswer(found, QStringLiteral("lacksCapacity"), review->lacksCapacity);
        putDate(found, QStringLiteral("accommodatedSince"), review->accommodatedSince);
        putDate(found, QStringLiteral("reviewOn"), review->reviewOn);
        putAnswer(found, QStringLiteral("mentalHealthActObligation"), review->mentalHealthActObligation);
        putParticularBenefit(found, review->particularBenefit);
        object.insert(QStringLiteral("careReview"), found);
    }
    if (const auto& protection = situation.adultProtection) {
        QJsonObject found;
        putAnswer(found, QStringLiteral("lacksCapacityToAgreeToMeasures"),
                  protection->lacksCapacityToAgreeToMeasures);
        found.insert(QStringLiteral("allegation"), storageCode(protection->allegation));
        putAnswer(found, QStringLiteral("familyMemberImplicated"), protection->familyMemberImplicated);
        putParticularBenefit(found, protection->particularBenefit);
        object.insert(QStringLiteral("adultProtection"), found);
    }
    if (const auto& dols = situation.dols) {
        QJsonObject found;
        found.insert(QStringLiteral("stage"), storageCode(dols->stage));
        found.insert(QStringLiteral("representative"), storageCode(dols->representative));
        putFlag(found, QStringLiteral("representativeAppointmentEnded"),
                dols->representativeAppointmentEnded);
        putFlag(found, QStringLiteral("personAsks"), dols->personAsks);
        putFlag(found, QStringLiteral("representativeAsks"), dols->representativeAsks);
        putAnswer(found, QStringLiteral("rightsAtRisk"), dols->rightsAtRisk);
        object.insert(QStringLiteral("dols"), found);
    }
    return object;
}

QJsonObject referralToJson(const AdvocateReferral& referral)
{
    QJsonObject object;
    putText(object, QStringLiteral("name"), referral.advocateName);
    object.insert(QStringLiteral("role"), storageCode(referral.role));
    putText(object, QStringLiteral("provider"), referral.provider);
    putDate(object, QStringLiteral("referredOn"), referral.referredOn);
    return object;
}

QByteArray checkInputText(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace alongside::core
