#pragma once

// Situations the advocacy scenario tests start from; each test changes one fact.

#include "rules/AdvocacyCheck.h"

#include "RuleAssertions.h"

namespace alongside::test::advocacy {

using namespace alongside::core;

inline constexpr auto Yes = YesNoUnknown::Yes;
inline constexpr auto No = YesNoUnknown::No;
inline constexpr auto NotKnown = YesNoUnknown::NotKnown;

// Substantial difficulty in understanding, with the evidence; the other areas not needed.
inline AdvocacySituation struggling(CareActProcess process)
{
    AdvocacySituation situation;
    situation.process = process;
    situation.difficulty.understanding = {Yes,
                                          q("Could not say back what an enquiry is after two explanations")};
    return situation;
}

// Someone who would be appropriate on every count; tests spoil one count at a time.
inline AppropriateIndividual willing(const char* name, const char* relationship)
{
    AppropriateIndividual individual;
    individual.name = q(name);
    individual.relationship = q(relationship);
    individual.suitable = Yes;
    individual.paidOrProfessional = No;
    individual.implicated = No;
    individual.capacityToConsent = Yes;
    individual.consents = Yes;
    return individual;
}

inline AdvocacySituation withSupporter(CareActProcess process, const AppropriateIndividual& individual)
{
    AdvocacySituation situation = struggling(process);
    situation.consideredIndividuals.push_back(individual);
    return situation;
}

} // namespace alongside::test::advocacy
