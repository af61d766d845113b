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

    // Yes when nobody is appropriate to consult but paid or professional carers; adds the reason
    // (or what is missing, or the condition not met) citing `citation`.
    YesNoUnknown nobodyToConsult(const PeopleToConsult& people, const QString& citation);
    // The person lacks capacity for the matter (`what`: "to consent to the treatment").
    void lacksCapacity(YesNoUnknown answer, const QString& what, const QString& citation);

    ImcaFinding settle(ImcaDuty whenMet, const QString& rule, const QString& citation);

private:
    ImcaFinding m_finding;
    CitedPoints m_against;
};

ImcaFinding seriousMedicalTreatment(const SeriousMedicalTreatment& treatment, const PeopleToConsult& people);
ImcaFinding nhsAccommodation(const NhsAccommodation& accommodation, const PeopleToConsult& people,
                             bool dolsImcaRequired);
ImcaFinding councilAccommodation(const CouncilAccommodation& accommodation, const PeopleToConsult& people,
                                 bool dolsImcaRequired);
ImcaFinding careReview(const CareReview& review, const PeopleToConsult& people, bool sections37To39Apply);
ImcaFinding adultProtection(const AdultProtection& protection, const PeopleToConsult& people);
std::vector<ImcaFinding> dols(const DolsFacts& facts, const PeopleToConsult& people);

} // namespace alongside::core::imca
