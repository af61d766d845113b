#include "model/CheckVocabulary.h"

#include "model/CodeTable.h"

#include <array>
#include <utility>

namespace alongside::core {

namespace {

constexpr CodeTable<CareActProcess, 6> kCareActProcess{
    {{CareActProcess::NeedsAssessment, "needs-assessment"},
     {CareActProcess::CarersAssessment, "carers-assessment"},
     {CareActProcess::CareAndSupportPlanning, "care-and-support-planning"},
     {CareActProcess::Review, "review"},
     {CareActProcess::Section42Enquiry, "section-42-enquiry"},
     {CareActProcess::SafeguardingAdultsReview, "safeguarding-adults-review"}}};

constexpr CodeTable<PlacementSetting, 2> kPlacementSetting{
    {{PlacementSetting::Hospital, "hospital"}, {PlacementSetting::CareHome, "care-home"}}};

constexpr CodeTable<AccommodationBasis, 3> kAccommodationBasis{
    {{AccommodationBasis::CareActPart1, "care-act-part-1"},
     {AccommodationBasis::MentalHealthActS117, "mental-health-act-s117"},
     {AccommodationBasis::Other, "other"}}};

constexpr CodeTable<AllegationKind, 2> kAllegationKind{
    {{AllegationKind::AbusedOrNeglected, "abused-or-neglected"},
     {AllegationKind::AbusingAnother, "abusing-another"}}};

constexpr CodeTable<DolsStage, 2> kDolsStage{
    {{DolsStage::Requested, "requested"}, {DolsStage::Authorised, "authorised"}}};

constexpr CodeTable<RepresentativeKind, 3> kRepresentativeKind{{{RepresentativeKind::None, "none"},
                                                                {RepresentativeKind::Unpaid, "unpaid"},
                                                                {RepresentativeKind::Paid, "paid"}}};

constexpr CodeTable<AdvocateRole, 3> kAdvocateRole{
    {{AdvocateRole::CareAct, "care-act"}, {AdvocateRole::Imca, "imca"}, {AdvocateRole::Both, "both"}}};

constexpr CodeTable<CapacityConclusion, 3> kCapacityConclusion{
    {{CapacityConclusion::NotConcluded, "not-concluded"},
     {CapacityConclusion::HasCapacity, "has-capacity"},
     {CapacityConclusion::LacksCapacity, "lacks-capacity"}}};

constexpr CodeTable<UnjustifiedBasis, 5> kUnjustifiedBasis{
    {{UnjustifiedBasis::Age, "age"},
     {UnjustifiedBasis::Appearance, "appearance"},
     {UnjustifiedBasis::Condition, "condition"},
     {UnjustifiedBasis::Behaviour, "behaviour"},
     {UnjustifiedBasis::UnwiseDecision, "unwise-decision"}}};

constexpr CodeTable<ChecklistStatus, 3> kChecklistStatus{
    {{ChecklistStatus::NotAddressed, "not-addressed"},
     {ChecklistStatus::Addressed, "addressed"},
     {ChecklistStatus::NotApplicable, "not-applicable"}}};

constexpr CodeTable<ConsulteeRole, 4> kConsulteeRole{
    {{ConsulteeRole::NamedByPerson, "named-by-person"},
     {ConsulteeRole::CarerOrInterested, "carer-or-interested"},
     {ConsulteeRole::Attorney, "attorney"},
     {ConsulteeRole::Deputy, "deputy"}}};

constexpr CodeTable<PersonsWish, 3> kPersonsWish{{{PersonsWish::NotKnown, "not-known"},
                                                  {PersonsWish::WantsAction, "wants-action"},
                                                  {PersonsWish::DoesNotWantAction, "does-not-want-action"}}};

constexpr CodeTable<AuthorityMatter, 5> kAuthorityMatter{
    {{AuthorityMatter::MedicalTreatment, "medical-treatment"},
     {AuthorityMatter::Accommodation, "accommodation"},
     {AuthorityMatter::DeprivationOfLiberty, "deprivation-of-liberty"},
     {AuthorityMatter::PropertyAndAffairs, "property-and-affairs"},
     {AuthorityMatter::OtherMatters, "other-matters"}}};

constexpr CodeTable<AuthorisedRole, 4> kAuthorisedRole{
    {{AuthorisedRole::NominatedPerson, "nominated-person"},
     {AuthorisedRole::LastingAttorney, "lasting-attorney"},
     {AuthorisedRole::EnduringAttorney, "enduring-attorney"},
     {AuthorisedRole::Deputy, "deputy"}}};

} // namespace

QString storageCode(AuthorityMatter value)
{
    return codeOf(kAuthorityMatter, value);
}
QString storageCode(AuthorisedRole value)
{
    return codeOf(kAuthorisedRole, value);
}
template <>
std::optional<AuthorityMatter> fromStorageCode<AuthorityMatter>(const QString& code)
{
    return valueOf(kAuthorityMatter, code);
}
template <>
std::optional<AuthorisedRole> fromStorageCode<AuthorisedRole>(const QString& code)
{
    return valueOf(kAuthorisedRole, code);
}
template <>
QStringList allStorageCodes<AuthorityMatter>()
{
    return codesOf(kAuthorityMatter);
}
template <>
QStringList allStorageCodes<AuthorisedRole>()
{
    return codesOf(kAuthorisedRole);
}

QStringList storageCodes(const QList<AuthorityMatter>& matters)
{
    QStringList codes;
    for (const AuthorityMatter matter : matters)
        codes << storageCode(matter);
    return codes;
}

QList<AuthorityMatter> authorityMattersFromCodes(const QStringList& codes)
{
    QList<AuthorityMatter> matters;
    for (const QString& code : codes) {
        if (const std::optional<AuthorityMatter> matter = fromStorageCode<AuthorityMatter>(code))
            matters << *matter;
    }
    return matters;
}

QString storageCode(CareActProcess value)
{
    return codeOf(kCareActProcess, value);
}
QString storageCode(PlacementSetting value)
{
    return codeOf(kPlacementSetting, value);
}
QString storageCode(AccommodationBasis value)
{
    return codeOf(kAccommodationBasis, value);
}
QString storageCode(AllegationKind value)
{
    return codeOf(kAllegationKind, value);
}
QString storageCode(DolsStage value)
{
    return codeOf(kDolsStage, value);
}
QString storageCode(RepresentativeKind value)
{
    return codeOf(kRepresentativeKind, value);
}
QString storageCode(AdvocateRole value)
{
    return codeOf(kAdvocateRole, value);
}
QString storageCode(CapacityConclusion value)
{
    return codeOf(kCapacityConclusion, value);
}
QString storageCode(UnjustifiedBasis value)
{
    return codeOf(kUnjustifiedBasis, value);
}
QString storageCode(ChecklistStatus value)
{
    return codeOf(kChecklistStatus, value);
}
QString storageCode(ConsulteeRole value)
{
    return codeOf(kConsulteeRole, value);
}
QString storageCode(PersonsWish value)
{
    return codeOf(kPersonsWish, value);
}

template <>
std::optional<CareActProcess> fromStorageCode<CareActProcess>(const QString& code)
{
    return valueOf(kCareActProcess, code);
}
template <>
std::optional<PlacementSetting> fromStorageCode<PlacementSetting>(const QString& code)
{
    return valueOf(kPlacementSetting, code);
}
template <>
std::optional<AccommodationBasis> fromStorageCode<AccommodationBasis>(const QString& code)
{
    return valueOf(kAccommodationBasis, code);
}
template <>
std::optional<AllegationKind> fromStorageCode<AllegationKind>(const QString& code)
{
    return valueOf(kAllegationKind, code);
}
template <>
std::optional<DolsStage> fromStorageCode<DolsStage>(const QString& code)
{
    return valueOf(kDolsStage, code);
}
template <>
std::optional<RepresentativeKind> fromStorageCode<RepresentativeKind>(const QString& code)
{
    return valueOf(kRepresentativeKind, code);
}
template <>
std::optional<AdvocateRole> fromStorageCode<AdvocateRole>(const QString& code)
{
    return valueOf(kAdvocateRole, code);
}
template <>
std::optional<CapacityConclusion> fromStorageCode<CapacityConclusion>(const QString& code)
{
    return valueOf(kCapacityConclusion, code);
}
template <>
std::optional<UnjustifiedBasis> fromStorageCode<UnjustifiedBasis>(const QString& code)
{
    return valueOf(kUnjustifiedBasis, code);
}
template <>
std::optional<ChecklistStatus> fromStorageCode<ChecklistStatus>(const QString& code)
{
    return valueOf(kChecklistStatus, code);
}
template <>
std::optional<ConsulteeRole> fromStorageCode<ConsulteeRole>(const QString& code)
{
    return valueOf(kConsulteeRole, code);
}
template <>
std::optional<PersonsWish> fromStorageCode<PersonsWish>(const QString& code)
{
    return valueOf(kPersonsWish, code);
}

template <>
QStringList allStorageCodes<CareActProcess>()
{
    return codesOf(kCareActProcess);
}
template <>
QStringList allStorageCodes<PlacementSetting>()
{
    return codesOf(kPlacementSetting);
}
template <>
QStringList allStorageCodes<AccommodationBasis>()
{
    return codesOf(kAccommodationBasis);
}
template <>
QStringList allStorageCodes<AllegationKind>()
{
    return codesOf(kAllegationKind);
}
template <>
QStringList allStorageCodes<DolsStage>()
{
    return codesOf(kDolsStage);
}
template <>
QStringList allStorageCodes<RepresentativeKind>()
{
    return codesOf(kRepresentativeKind);
}
template <>
QStringList allStorageCodes<AdvocateRole>()
{
    return codesOf(kAdvocateRole);
}
template <>
QStringList allStorageCodes<CapacityConclusion>()
{
    return codesOf(kCapacityConclusion);
}
template <>
QStringList allStorageCodes<UnjustifiedBasis>()
{
    return codesOf(kUnjustifiedBasis);
}
template <>
QStringList allStorageCodes<ChecklistStatus>()
{
    return codesOf(kChecklistStatus);
}
template <>
QStringList allStorageCodes<ConsulteeRole>()
{
    return codesOf(kConsulteeRole);
}
template <>
QStringList allStorageCodes<PersonsWish>()
{
    return codesOf(kPersonsWish);
}

} // namespace alongside::core
