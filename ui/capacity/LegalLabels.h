#pragma once

#include "model/AdvocacySituation.h"
#include "model/AdvocateReferral.h"
#include "model/AuthorisedRepresentative.h"
#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "model/RiskEnablementNote.h"
#include "rules/AdvocacyCheck.h"
#include "rules/ImcaCheck.h"
#include "rules/OneAdvocateCheck.h"
#include "rules/RecordStatus.h"
#include "rules/WishesCheck.h"

#include <QString>

namespace alongside::ui {

// Plain words on screen for the legal-literacy answers (as common/AnswerLabels does for the
// case journey's). core keeps the codes and decides; these are only what a practitioner reads.
QString conclusionLabel(core::CapacityConclusion value);
QString basisLabel(core::UnjustifiedBasis value);
QString processLabel(core::CareActProcess value);
QString settingLabel(core::PlacementSetting value);
QString roleLabel(core::AdvocateRole value);
QString authorisedRoleLabel(core::AuthorisedRole value);
QString authorityMatterLabel(core::AuthorityMatter value);
QString checklistLabel(core::ChecklistStatus value);
QString consulteeLabel(core::ConsulteeRole value);
QString riskLevelLabel(core::RiskLevel value);
QString recordStatusLabel(core::RecordStatus value);

// A check's answer as one calm line.
QString advocacyAnswer(core::AdvocacyDecision value);
QString imcaAnswer(core::ImcaDuty value);
QString oneAdvocateAnswer(core::OneAdvocateDecision value);
QString wishesAnswer(core::WishesDecision value);

} // namespace alongside::ui
