#pragma once

// One function per IMCA trigger, and the small builder they share. Internal to core/rules.

#include "rules/ImcaCheck.h"

namespace alongside::core::imca {

// Gathers why a trigger does or does not apply, then settles its duty: any condition that is
// not met means it does not apply; otherwise anything unknown means cannot tell yet.
class FindingBuilder {
public:
    explicit FindingBuilder(ImcaTrigger trigger);

    void against(const QString& text, const QString& citation); // a condition not met
    void unknown(const QString& text, const QString& citation); // a condition not yet known
    void because(const QString& text, const QString& citation); // a condition met
    void prompt(const QString& text, const QString& citation);  // a judgement left to the practitioner

    // Yes when nobody is appropriate to consult but paid or professional carers; adds the reason
    // (or what is missing, or the condition not met) citing `citation`. Only the body's judgement
    // about family and friends is read here: nominees, attorneys and deputies are s.40's.
    YesNoUnknown nobodyToConsult(const PeopleToConsult& people, const QString& citation);
    // MCA 2005 s.40(1): the duty does not apply where someone nominated by the person, or an
    // attorney or deputy, covers `matter`. Someone whose authority covers other matters leaves
    // the duty in place, with a prompt that they may still be appropriate to consult (citing
    // `consultCitation`; none when it is empty, for a duty without that condition).
    void section40(const PeopleToConsult& people, AuthorityMatter matter, const QString& consultCitation);
    // SI 2006/2883 reg 3(1)(d): the review power needs there to be no nominee, attorney or deputy
    // at all, whatever they cover.
    void noRepresentativeAtAll(const PeopleToConsult& people);
    // The person lacks capacity for the matter (`what`: "to consent to the treatment").
    void lacksCapacity(YesNoUnknown answer, const QString& what, const QString& citation);

    ImcaFinding settle(ImcaDuty whenMet, const QString& rule, const QString& citation);
    // For the powers of SI 2006/2883: settles as `may` when every condition is met and the body
    // has not recorded that it is not satisfied of particular benefit (reg 5(1)); asks for that
    // judgement while it is not recorded.
    ImcaFinding settlePower(const ParticularBenefit& benefit, const QString& rule);

private:
    ImcaFinding m_finding;
    CitedPoints m_against;
};

// "an attorney under a lasting power of attorney", "deputy" … for the reasons.
QString roleWords(AuthorisedRole role);
QString matterWords(AuthorityMatter matter);

// Whether an IMCA must be appointed under s.39A or s.39C, as far as the DoLS facts given say:
// ss.38(2A) and 39(3A) take the accommodation duties away for the hospital or care home concerned.
enum class DolsImca { NotInProspect, Must, CannotTellYet, NotRequired };

ImcaFinding seriousMedicalTreatment(const SeriousMedicalTreatment& treatment, const PeopleToConsult& people);
ImcaFinding nhsAccommodation(const NhsAccommodation& accommodation, const PeopleToConsult& people,
                             DolsImca dols);
ImcaFinding councilAccommodation(const CouncilAccommodation& accommodation, const PeopleToConsult& people,
                                 DolsImca dols);
ImcaFinding careReview(const CareReview& review, const PeopleToConsult& people, bool sections37To39Apply);
// displacedByDutyOrReview: an IMCA must be instructed under ss.37-39, or the care review power
// applies (SI 2006/2883 reg 4(1)(c)).
ImcaFinding adultProtection(const AdultProtection& protection, const PeopleToConsult& people,
                            bool displacedByDutyOrReview);
std::vector<ImcaFinding> dols(const DolsFacts& facts, const PeopleToConsult& people);

} // namespace alongside::core::imca
