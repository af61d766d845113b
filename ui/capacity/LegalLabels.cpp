#include "capacity/LegalLabels.h"

#include <QCoreApplication>

namespace alongside::ui {

namespace {
// A translation context lupdate can see: the labels are free functions, not class members.
struct LegalLabelText {
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::LegalLabels)
};
} // namespace

QString conclusionLabel(core::CapacityConclusion value)
{
    switch (value) {
    case core::CapacityConclusion::NotConcluded:
        return LegalLabelText::tr("Not concluded yet");
    case core::CapacityConclusion::HasCapacity:
        return LegalLabelText::tr("Has capacity for this decision");
    case core::CapacityConclusion::LacksCapacity:
        return LegalLabelText::tr("Lacks capacity for this decision");
    }
    return QString();
}

QString basisLabel(core::UnjustifiedBasis value)
{
    switch (value) {
    case core::UnjustifiedBasis::Age:
        return LegalLabelText::tr("Their age");
    case core::UnjustifiedBasis::Appearance:
        return LegalLabelText::tr("Their appearance");
    case core::UnjustifiedBasis::Condition:
        return LegalLabelText::tr("A condition or diagnosis");
    case core::UnjustifiedBasis::Behaviour:
        return LegalLabelText::tr("Their behaviour");
    case core::UnjustifiedBasis::UnwiseDecision:
        return LegalLabelText::tr("A decision others think unwise");
    }
    return QString();
}

QString processLabel(core::CareActProcess value)
{
    switch (value) {
    case core::CareActProcess::NeedsAssessment:
        return LegalLabelText::tr("Needs assessment (s.9)");
    case core::CareActProcess::CarersAssessment:
        return LegalLabelText::tr("Carer's assessment (s.10)");
    case core::CareActProcess::CareAndSupportPlanning:
        return LegalLabelText::tr("Care and support planning (s.25)");
    case core::CareActProcess::Review:
        return LegalLabelText::tr("Review of a plan (s.27)");
    case core::CareActProcess::Section42Enquiry:
        return LegalLabelText::tr("Safeguarding enquiry (s.42)");
    case core::CareActProcess::SafeguardingAdultsReview:
        return LegalLabelText::tr("Safeguarding adults review (s.44)");
    }
    return QString();
}

QString settingLabel(core::PlacementSetting value)
{
    return value == core::PlacementSetting::Hospital ? LegalLabelText::tr("Hospital")
                                                     : LegalLabelText::tr("Care home");
}

QString authorisedRoleLabel(core::AuthorisedRole value)
{
    switch (value) {
    case core::AuthorisedRole::NominatedPerson:
        return LegalLabelText::tr("Nominated by them to be consulted");
    case core::AuthorisedRole::LastingAttorney:
        return LegalLabelText::tr("Attorney (lasting power of attorney)");
    case core::AuthorisedRole::EnduringAttorney:
        return LegalLabelText::tr("Attorney (enduring power of attorney)");
    case core::AuthorisedRole::Deputy:
        break;
    }
    return LegalLabelText::tr("Deputy (Court of Protection)");
}

QString authorityMatterLabel(core::AuthorityMatter value)
{
    switch (value) {
    case core::AuthorityMatter::MedicalTreatment:
        return LegalLabelText::tr("Medical treatment");
    case core::AuthorityMatter::Accommodation:
        return LegalLabelText::tr("Where they live");
    case core::AuthorityMatter::DeprivationOfLiberty:
        return LegalLabelText::tr("Deprivation of liberty");
    case core::AuthorityMatter::PropertyAndAffairs:
        return LegalLabelText::tr("Property and financial affairs");
    case core::AuthorityMatter::OtherMatters:
        break;
    }
    return LegalLabelText::tr("Other matters");
}

QString roleLabel(core::AdvocateRole value)
{
    switch (value) {
    case core::AdvocateRole::CareAct:
        return LegalLabelText::tr("Care Act advocate");
    case core::AdvocateRole::Imca:
        return LegalLabelText::tr("IMCA");
    case core::AdvocateRole::Both:
        return LegalLabelText::tr("Both roles (Care Act advocate and IMCA)");
    }
    return QString();
}

QString checklistLabel(core::ChecklistStatus value)
{
    switch (value) {
    case core::ChecklistStatus::NotAddressed:
        return LegalLabelText::tr("Not addressed yet");
    case core::ChecklistStatus::Addressed:
        return LegalLabelText::tr("Addressed");
    case core::ChecklistStatus::NotApplicable:
        return LegalLabelText::tr("Does not apply (say why)");
    }
    return QString();
}

QString consulteeLabel(core::ConsulteeRole value)
{
    switch (value) {
    case core::ConsulteeRole::NamedByPerson:
        return LegalLabelText::tr("Someone they named");
    case core::ConsulteeRole::CarerOrInterested:
        return LegalLabelText::tr("Carer, or interested in their welfare");
    case core::ConsulteeRole::Attorney:
        return LegalLabelText::tr("Attorney (LPA)");
    case core::ConsulteeRole::Deputy:
        return LegalLabelText::tr("Deputy");
    }
    return QString();
}

QString riskLevelLabel(core::RiskLevel value)
{
    switch (value) {
    case core::RiskLevel::NotRated:
        return LegalLabelText::tr("Not rated");
    case core::RiskLevel::Low:
        return LegalLabelText::tr("Low");
    case core::RiskLevel::Medium:
        return LegalLabelText::tr("Medium");
    case core::RiskLevel::High:
        return LegalLabelText::tr("High");
    }
    return QString();
}

QString recordStatusLabel(core::RecordStatus value)
{
    switch (value) {
    case core::RecordStatus::Complete:
        return LegalLabelText::tr("The record shows what the Act asks for");
    case core::RecordStatus::Incomplete:
        return LegalLabelText::tr("Some things are still to record");
    case core::RecordStatus::Flagged:
        return LegalLabelText::tr("Worth a second look before relying on it");
    }
    return QString();
}

QString advocacyAnswer(core::AdvocacyDecision value)
{
    switch (value) {
    case core::AdvocacyDecision::Required:
        return LegalLabelText::tr("Care Act advocate: required");
    case core::AdvocacyDecision::NotRequired:
        return LegalLabelText::tr("Care Act advocate: not required");
    case core::AdvocacyDecision::CannotTellYet:
        return LegalLabelText::tr("Care Act advocate: cannot tell yet");
    }
    return QString();
}

QString imcaAnswer(core::ImcaDuty value)
{
    switch (value) {
    case core::ImcaDuty::Must:
        return LegalLabelText::tr("IMCA: must be instructed");
    case core::ImcaDuty::May:
        return LegalLabelText::tr("IMCA: may be instructed");
    case core::ImcaDuty::DoesNotApply:
        return LegalLabelText::tr("IMCA: does not apply");
    case core::ImcaDuty::CannotTellYet:
        return LegalLabelText::tr("IMCA: cannot tell yet");
    }
    return QString();
}

QString oneAdvocateAnswer(core::OneAdvocateDecision value)
{
    switch (value) {
    case core::OneAdvocateDecision::SameAdvocateCanActInBoth:
        return LegalLabelText::tr("One advocate can act in both roles");
    case core::OneAdvocateDecision::DifferentAdvocatesRecorded:
        return LegalLabelText::tr("Two different advocates are recorded");
    case core::OneAdvocateDecision::NotBothIndicated:
        return LegalLabelText::tr("Only one kind of advocacy is indicated");
    }
    return QString();
}

QString wishesAnswer(core::WishesDecision value)
{
    switch (value) {
    case core::WishesDecision::WishNotRecorded:
        return LegalLabelText::tr("Their wish is not recorded yet");
    case core::WishesDecision::WantsAction:
        return LegalLabelText::tr("They want something done");
    case core::WishesDecision::FactorsToWeigh:
        return LegalLabelText::tr("They do not want action, and something may override that");
    case core::WishesDecision::FactorsNotYetChecked:
        return LegalLabelText::tr("They do not want action; whether anything overrides it is not known yet");
    case core::WishesDecision::WishGuides:
        return LegalLabelText::tr("They do not want action, and their wish guides what happens");
    }
    return QString();
}

} // namespace alongside::ui
