#pragma once

#include "model/AdvocacySituation.h"
#include "model/AdvocateReferral.h"
#include "model/Answers.h"
#include "model/AuthorisedRepresentative.h"
#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "model/ImcaSituation.h"
#include "model/WishesSituation.h"

namespace alongside::core {

// Stable codes for the closed answers of the legal checks (docs/checks.md), in the manner of
// model/Answers.h: used in JSON and in the store; never translate or rename one.

QString storageCode(CareActProcess value);
QString storageCode(PlacementSetting value);
QString storageCode(AccommodationBasis value);
QString storageCode(AllegationKind value);
QString storageCode(DolsStage value);
QString storageCode(RepresentativeKind value);
QString storageCode(AdvocateRole value);
QString storageCode(CapacityConclusion value);
QString storageCode(UnjustifiedBasis value);
QString storageCode(ChecklistStatus value);
QString storageCode(ConsulteeRole value);
QString storageCode(PersonsWish value);
QString storageCode(AuthorityMatter value);
QString storageCode(AuthorisedRole value);

template <>
std::optional<CareActProcess> fromStorageCode<CareActProcess>(const QString& code);
template <>
std::optional<PlacementSetting> fromStorageCode<PlacementSetting>(const QString& code);
template <>
std::optional<AccommodationBasis> fromStorageCode<AccommodationBasis>(const QString& code);
template <>
std::optional<AllegationKind> fromStorageCode<AllegationKind>(const QString& code);
template <>
std::optional<DolsStage> fromStorageCode<DolsStage>(const QString& code);
template <>
std::optional<RepresentativeKind> fromStorageCode<RepresentativeKind>(const QString& code);
template <>
std::optional<AdvocateRole> fromStorageCode<AdvocateRole>(const QString& code);
template <>
std::optional<CapacityConclusion> fromStorageCode<CapacityConclusion>(const QString& code);
template <>
std::optional<UnjustifiedBasis> fromStorageCode<UnjustifiedBasis>(const QString& code);
template <>
std::optional<ChecklistStatus> fromStorageCode<ChecklistStatus>(const QString& code);
template <>
std::optional<ConsulteeRole> fromStorageCode<ConsulteeRole>(const QString& code);
template <>
std::optional<PersonsWish> fromStorageCode<PersonsWish>(const QString& code);
template <>
std::optional<AuthorityMatter> fromStorageCode<AuthorityMatter>(const QString& code);
template <>
std::optional<AuthorisedRole> fromStorageCode<AuthorisedRole>(const QString& code);

// A list of matters as codes, and back (a code not in the table is left out).
QStringList storageCodes(const QList<AuthorityMatter>& matters);
QList<AuthorityMatter> authorityMattersFromCodes(const QStringList& codes);

template <>
QStringList allStorageCodes<CareActProcess>();
template <>
QStringList allStorageCodes<PlacementSetting>();
template <>
QStringList allStorageCodes<AccommodationBasis>();
template <>
QStringList allStorageCodes<AllegationKind>();
template <>
QStringList allStorageCodes<DolsStage>();
template <>
QStringList allStorageCodes<RepresentativeKind>();
template <>
QStringList allStorageCodes<AdvocateRole>();
template <>
QStringList allStorageCodes<CapacityConclusion>();
template <>
QStringList allStorageCodes<UnjustifiedBasis>();
template <>
QStringList allStorageCodes<ChecklistStatus>();
template <>
QStringList allStorageCodes<ConsulteeRole>();
template <>
QStringList allStorageCodes<PersonsWish>();
template <>
QStringList allStorageCodes<AuthorityMatter>();
template <>
QStringList allStorageCodes<AuthorisedRole>();

} // namespace alongside::core
