// Condition B of the Care Act advocacy duty, turned round: is there someone appropriate to
// represent and support the person, so that no advocate is needed?

#include "rules/AdvocacyParts.h"
#include "rules/RuleText.h"

namespace alongside::core::advocacy {

namespace {

// CSSG ch.7: someone implicated in the concern cannot be the person's appropriate individual.
// The Act's hook is whether they "would be an appropriate person" (s.67(5)(a), s.68(4)(a)).
const QString kGuidance = QStringLiteral("Care and Support Statutory Guidance ch.7");

QString describe(const AppropriateIndividual& individual)
{
    const QString name = individual.name.trimmed().isEmpty() ? AdvocacyText::tr("The person considered")
                                                             : individual.name.trimmed();
    const QString relationship = individual.relationship.trimmed();
    return relationship.isEmpty() ? name : AdvocacyText::tr("%1 (%2)").arg(name, relationship);
}

// Yes: appropriate; No: not (with the reasons); not known: what is missing.
Part judge(const AppropriateIndividual& individual, const Law& law)
{
    const QString who = describe(individual);
    Part part;
    CitedPoints against;
    if (individual.paidOrProfessional == YesNoUnknown::Yes)
        against.push_back(
            {AdvocacyText::tr("%1 provides care or treatment for them professionally or for pay, "
                              "so cannot be their appropriate individual.")
                 .arg(who),
             law.exception + QStringLiteral("(b)")});
    if (individual.implicated == YesNoUnknown::Yes)
        against.push_back({AdvocacyText::tr("%1 is implicated in the concern, so cannot be their appropriate "
                                            "individual.")
                               .arg(who),
                           law.exception + QStringLiteral("(a); ") + kGuidance});
    if (individual.suitable == YesNoUnknown::No) {
        const QString note = individual.suitabilityNote.trimmed();
        against.push_back({note.isEmpty() ? AdvocacyText::tr("The council is not satisfied that %1 would be "
                                                             "appropriate to represent and support them.")
                                                .arg(who)
                                          : AdvocacyText::tr("The council is not satisfied that %1 would be "
                                                             "appropriate to represent and support them: %2")
                                                .arg(who, note),
                           law.exception + QStringLiteral("(a)")});
    }
    // Capacity to consent is presumed until shown otherwise (MCA 2005 s.1(2)).
    const bool lacksCapacity = individual.capacityToConsent == YesNoUnknown::No;
    const QString consentLaw = law.consent + (lacksCapacity ? QStringLiteral("(b)") : QStringLiteral("(a)"));
    if (!lacksCapacity && individual.consents == YesNoUnknown::No)
        against.push_back(
            {AdvocacyText::tr("They do not consent to %1 representing and supporting them, and with "
                              "capacity to decide that, their refusal settles it.")
                 .arg(who),
             consentLaw});
    if (lacksCapacity && individual.inBestInterests == YesNoUnknown::No)
        against.push_back(
            {AdvocacyText::tr("They lack capacity to consent, and being represented and supported "
                              "by %1 is not in their best interests.")
                 .arg(who),
             consentLaw});
    if (!against.empty()) {
        part.answer = YesNoUnknown::No;
        part.reasons = against;
        return part;
    }

    if (individual.paidOrProfessional == YesNoUnknown::NotKnown)
        part.missing.push_back(
            {AdvocacyText::tr(
                 "Record whether %1 provides care or treatment for them professionally or for pay.")
                 .arg(who),
             law.exception + QStringLiteral("(b)")});
    if (law.safeguarding && individual.implicated == YesNoUnknown::NotKnown)
        part.missing.push_back({AdvocacyText::tr("Record whether %1 is implicated in the concern.").arg(who),
                                law.exception + QStringLiteral("(a); ") + kGuidance});
    if (individual.suitable == YesNoUnknown::NotKnown)
        part.missing.push_back(
            {AdvocacyText::tr("Decide whether %1 would be appropriate: able and willing to "
                              "represent and support them and help them be involved.")
                 .arg(who),
             law.exception + QStringLiteral("(a)")});
    if (!lacksCapacity && individual.consents == YesNoUnknown::NotKnown)
        part.missing.push_back(
            {individual.capacityToConsent == YesNoUnknown::NotKnown
                 ? AdvocacyText::tr(
                       "Record whether they consent to %1 representing and supporting them (capacity "
                       "to consent is presumed unless assessed otherwise).")
                       .arg(who)
                 : AdvocacyText::tr("Record whether they consent to %1 representing and supporting them.")
                       .arg(who),
             consentLaw});
    if (lacksCapacity && individual.inBestInterests == YesNoUnknown::NotKnown)
        part.missing.push_back(
            {AdvocacyText::tr("They lack capacity to consent: record whether being represented "
                              "and supported by %1 is in their best interests.")
                 .arg(who),
             consentLaw});
    if (!part.missing.empty())
        return part; // not known

    part.answer = YesNoUnknown::Yes;
    part.who = individual.name.trimmed();
    part.reasons.push_back(
        {lacksCapacity
             ? AdvocacyText::tr("%1 is appropriate: not paid or professional, not implicated, and being "
                                "supported by them is in their best interests.")
                   .arg(who)
             : AdvocacyText::tr("%1 is appropriate: not paid or professional, not implicated, and they "
                                "consent to their support.")
                   .arg(who),
         consentLaw});
    return part;
}

} // namespace

Part appropriateIndividual(const std::vector<AppropriateIndividual>& considered, const Law& law)
{
    Part part;
    if (considered.empty()) {
        part.answer = YesNoUnknown::No;
        part.reasons.push_back(
            {AdvocacyText::tr("Nobody has been found who could represent and support them."), law.exception});
        return part;
    }
    bool anyUnknown = false;
    CitedPoints unknownMissing;
    for (const AppropriateIndividual& individual : considered) {
        const Part judged = judge(individual, law);
        if (judged.answer == YesNoUnknown::Yes) {
            // One appropriate individual is enough; what others lack no longer matters.
            part.answer = YesNoUnknown::Yes;
            part.who = judged.who;
            part.reasons = judged.reasons;
            part.missing.clear();
            return part;
        }
        part.reasons.insert(part.reasons.end(), judged.reasons.begin(), judged.reasons.end());
        part.missing.insert(part.missing.end(), judged.missing.begin(), judged.missing.end());
        anyUnknown = anyUnknown || judged.answer == YesNoUnknown::NotKnown;
    }
    part.answer = anyUnknown ? YesNoUnknown::NotKnown : YesNoUnknown::No;
    if (part.answer == YesNoUnknown::No)
        part.reasons.push_back(
            {AdvocacyText::tr("Nobody considered is appropriate to represent and support them."),
             law.exception});
    return part;
}

} // namespace alongside::core::advocacy
