// Reading the advocacy and IMCA situations (docs/checks.md). Field names follow the model
// types in core/model; an answer left out is "not known".

#include "codecs/CheckInputParts.h"
#include "codecs/CheckInputText.h"

#include "model/CheckVocabulary.h"

namespace alongside::core::checkinput {

namespace {

DifficultyFinding readDifficulty(CheckFields& fields, const QString& key)
{
    DifficultyFinding finding;
    fields.object(key, [&finding](CheckFields& area) {
        finding.found = area.answer(QStringLiteral("found"));
        finding.evidence = area.text(QStringLiteral("evidence"));
    });
    return finding;
}

AppropriateIndividual readIndividual(CheckFields& fields)
{
    AppropriateIndividual individual;
    individual.name = fields.text(QStringLiteral("name"));
    individual.relationship = fields.text(QStringLiteral("relationship"));
    individual.suitable = fields.answer(QStringLiteral("suitable"));
    individual.suitabilityNote = fields.text(QStringLiteral("suitabilityNote"));
    individual.paidOrProfessional = fields.answer(QStringLiteral("paidOrProfessional"));
    individual.implicated = fields.answer(QStringLiteral("implicated"));
    individual.capacityToConsent = fields.answer(QStringLiteral("capacityToConsent"));
    individual.consents = fields.answer(QStringLiteral("consents"));
    individual.inBestInterests = fields.answer(QStringLiteral("inBestInterests"));
    return individual;
}

// Someone nominated, an attorney or a deputy (MCA 2005 s.40(1); SI 2006/2883 reg 3(1)(d)).
AuthorisedRepresentative readRepresentative(CheckFields& fields)
{
    AuthorisedRepresentative representative;
    representative.role = fields
                              .code<AuthorisedRole>(QStringLiteral("role"), CheckInputText::tr("role"),
                                                    Presence::Required)
                              .value_or(AuthorisedRole::LastingAttorney);
    representative.name = fields.text(QStringLiteral("name"));
    representative.covers = fields.codes<AuthorityMatter>(QStringLiteral("covers"),
                                                          CheckInputText::tr("matter an authority covers"));
    return representative;
}

PeopleToConsult readPeople(CheckFields& people)
{
    PeopleToConsult found;
    found.familyOrFriends = people.answer(QStringLiteral("familyOrFriends"));
    people.objects(QStringLiteral("representatives"), [&found](CheckFields& representative) {
        found.representatives.push_back(readRepresentative(representative));
    });
    // The first version had only flags, which could not say what an authority covers: each
    // still reads, as someone whose authority is not recorded, so the check asks for it rather
    // than letting a property-and-affairs attorney switch off a welfare duty.
    const std::pair<const char*, AuthorisedRole> legacy[] = {
        {"nominatedPerson", AuthorisedRole::NominatedPerson},
        {"attorney", AuthorisedRole::LastingAttorney},
        {"deputy", AuthorisedRole::Deputy},
    };
    for (const auto& [key, role] : legacy) {
        if (people.flag(QString::fromLatin1(key)))
            found.representatives.push_back({role, QString(), {}});
    }
    return found;
}

ParticularBenefit readParticularBenefit(CheckFields& fields)
{
    ParticularBenefit benefit;
    fields.object(QStringLiteral("particularBenefit"), [&benefit](CheckFields& judgement) {
        benefit.satisfied = judgement.answer(QStringLiteral("satisfied"));
        benefit.why = judgement.text(QStringLiteral("why"));
    });
    return benefit;
}

PlacementSetting readSetting(CheckFields& fields)
{
    return fields
        .code<PlacementSetting>(QStringLiteral("setting"), CheckInputText::tr("setting"), Presence::Required)
        .value_or(PlacementSetting::Hospital);
}

} // namespace

AdvocacySituation readAdvocacy(CheckFields& fields)
{
    AdvocacySituation situation;
    situation.process = fields
                            .code<CareActProcess>(QStringLiteral("process"), CheckInputText::tr("process"),
                                                  Presence::Required)
                            .value_or(CareActProcess::Section42Enquiry);
    situation.adultAlive = fields.answer(QStringLiteral("adultAlive"));
    fields.object(QStringLiteral("substantialDifficulty"), [&situation](CheckFields& difficulty) {
        situation.difficulty.understanding = readDifficulty(difficulty, QStringLiteral("understanding"));
        situation.difficulty.retaining = readDifficulty(difficulty, QStringLiteral("retaining"));
        situation.difficulty.usingOrWeighing = readDifficulty(difficulty, QStringLiteral("usingOrWeighing"));
        situation.difficulty.communicating = readDifficulty(difficulty, QStringLiteral("communicating"));
    });
    fields.objects(QStringLiteral("consideredIndividuals"), [&situation](CheckFields& individual) {
        situation.consideredIndividuals.push_back(readIndividual(individual));
    });
    fields.object(QStringLiteral("nhsPlacement"), [&situation](CheckFields& placement) {
        NhsPlacementProspect prospect;
        prospect.setting = readSetting(placement);
        prospect.likelyDays = placement.days(QStringLiteral("likelyDays"));
        prospect.advocateInBestInterests = placement.answer(QStringLiteral("advocateInBestInterests"));
        situation.nhsPlacement = prospect;
    });
    fields.object(QStringLiteral("disagreement"), [&situation](CheckFields& disagreement) {
        MaterialDisagreement found;
        found.about = disagreement.text(QStringLiteral("about"));
        found.bothAgreeAdvocateInBestInterests = disagreement.answer(
            QStringLiteral("bothAgreeAdvocateInBestInterests"));
        situation.disagreement = found;
    });
    return situation;
}

ImcaSituation readImca(CheckFields& fields)
{
    ImcaSituation situation;
    fields.object(QStringLiteral("peopleToConsult"),
                  [&situation](CheckFields& people) { situation.peopleToConsult = readPeople(people); });
    fields.object(QStringLiteral("seriousMedicalTreatment"), [&situation](CheckFields& treatment) {
        SeriousMedicalTreatment found;
        found.proposedByNhsBody = treatment.answer(QStringLiteral("proposedByNhsBody"));
        found.lacksCapacityToConsent = treatment.answer(QStringLiteral("lacksCapacityToConsent"));
        found.urgent = treatment.answer(QStringLiteral("urgent"));
        found.mentalHealthActPart4 = treatment.answer(QStringLiteral("mentalHealthActPart4"));
        situation.seriousMedicalTreatment = found;
    });
    fields.object(QStringLiteral("nhsAccommodation"), [&situation](CheckFields& nhs) {
        NhsAccommodation accommodation;
        accommodation.lacksCapacityToAgree = nhs.answer(QStringLiteral("lacksCapacityToAgree"));
        accommodation.setting = readSetting(nhs);
        accommodation.likelyDays = nhs.days(QStringLiteral("likelyDays"));
        accommodation.urgent = nhs.answer(QStringLiteral("urgent"));
        accommodation.arrangementsMadeOn = nhs.date(QStringLiteral("arrangementsMadeOn"));
        accommodation.mentalHealthActObligation = nhs.answer(QStringLiteral("mentalHealthActObligation"));
        accommodation.dolsRelevantPlace = nhs.answerOrFlag(QStringLiteral("dolsRelevantPlace"));
        situation.nhsAccommodation = accommodation;
    });
    fields.object(QStringLiteral("councilAccommodation"), [&situation](CheckFields& council) {
        CouncilAccommodation accommodation;
        accommodation.lacksCapacityToAgree = council.answer(QStringLiteral("lacksCapacityToAgree"));
        accommodation.basis = council
                                  .code<AccommodationBasis>(QStringLiteral("basis"),
                                                            CheckInputText::tr("basis"), Presence::Required)
                                  .value_or(AccommodationBasis::CareActPart1);
        accommodation.likelyDays = council.days(QStringLiteral("likelyDays"));
        accommodation.urgent = council.answer(QStringLiteral("urgent"));
        accommodation.arrangementsMadeOn = council.date(QStringLiteral("arrangementsMadeOn"));
        accommodation.mentalHealthActObligation = council.answer(QStringLiteral("mentalHealthActObligation"));
        accommodation.dolsRelevantPlace = council.answerOrFlag(QStringLiteral("dolsRelevantPlace"));
        situation.councilAccommodation = accommodation;
    });
    fields.object(QStringLiteral("careReview"), [&situation](CheckFields& review) {
        CareReview found;
        found.lacksCapacity = review.answer(QStringLiteral("lacksCapacity"));
        found.accommodatedSince = review.date(QStringLiteral("accommodatedSince"));
        found.reviewOn = review.date(QStringLiteral("reviewOn"));
        found.mentalHealthActObligation = review.answer(QStringLiteral("mentalHealthActObligation"));
        found.particularBenefit = readParticularBenefit(review);
        situation.careReview = found;
    });
    fields.object(QStringLiteral("adultProtection"), [&situation](CheckFields& protection) {
        AdultProtection found;
        found.lacksCapacityToAgreeToMeasures = protection.answer(
            QStringLiteral("lacksCapacityToAgreeToMeasures"));
        found.allegation = protection
                               .code<AllegationKind>(QStringLiteral("allegation"),
                                                     CheckInputText::tr("kind of allegation"),
                                                     Presence::Required)
                               .value_or(AllegationKind::AbusedOrNeglected);
        found.familyMemberImplicated = protection.answer(QStringLiteral("familyMemberImplicated"));
        found.particularBenefit = readParticularBenefit(protection);
        situation.adultProtection = found;
    });
    fields.object(QStringLiteral("dols"), [&situation](CheckFields& dols) {
        DolsFacts facts;
        facts.stage = dols.code<DolsStage>(QStringLiteral("stage"), CheckInputText::tr("DoLS stage"),
                                           Presence::Required)
                          .value_or(DolsStage::Requested);
        facts.representative = dols.code<RepresentativeKind>(QStringLiteral("representative"),
                                                             CheckInputText::tr("kind of representative"))
                                   .value_or(RepresentativeKind::None);
        facts.representativeAppointmentEnded = dols.flag(QStringLiteral("representativeAppointmentEnded"));
        facts.personAsks = dols.flag(QStringLiteral("personAsks"));
        facts.representativeAsks = dols.flag(QStringLiteral("representativeAsks"));
        facts.rightsAtRisk = dols.answer(QStringLiteral("rightsAtRisk"));
        situation.dols = facts;
    });
    return situation;
}

std::vector<AdvocateReferral> readReferrals(CheckFields& fields, const QString& key)
{
    std::vector<AdvocateReferral> referrals;
    fields.objects(key, [&referrals](CheckFields& referral) {
        AdvocateReferral found;
        found.advocateName = referral.text(QStringLiteral("name"));
        found.role = referral
                         .code<AdvocateRole>(QStringLiteral("role"), CheckInputText::tr("role"),
                                             Presence::Required)
                         .value_or(AdvocateRole::CareAct);
        found.provider = referral.text(QStringLiteral("provider"));
        found.referredOn = referral.date(QStringLiteral("referredOn"));
        referrals.push_back(found);
    });
    return referrals;
}

} // namespace alongside::core::checkinput
