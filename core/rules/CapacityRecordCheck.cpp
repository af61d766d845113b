#include "rules/CapacityRecordCheck.h"

#include "rules/CapacityWording.h"
#include "rules/RuleText.h"

// MCA 2005 ss.1-2 read at legislation.gov.uk (Part 1 as at 1 October 2009, plain view): s.2(1) "a
// person lacks capacity in relation to a matter if at the material time he is unable to make a
// decision for himself in relation to the matter because of an impairment of, or a disturbance
// in the functioning of, the mind or brain"; s.2(3) "A lack of capacity cannot be established
// merely by reference to— (a) a person's age or appearance, or (b) a condition of his, or an
// aspect of his behaviour, which might lead others to make unjustified assumptions about his
// capacity." s.3(1)(a)-(d) (the four abilities) as cited since the first version.

namespace alongside::core {

namespace {

const QString kJB = QStringLiteral("A Local Authority v JB [2021] UKSC 52");

struct Part {
    const FunctionalFinding& finding;
    QString ability; // "understand the relevant information"
    QString citation;
};

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

void need(CapacityRecordResult& result, const QString& text, const QString& citation)
{
    result.missing.push_back({text, citation});
}

void functionalTest(const CapacityAssessment& assessment, CapacityRecordResult& result,
                    bool& evidencedInability)
{
    const FunctionalTest& test = assessment.functionalTest;
    const QString impairment = assessment.causativeNexus.impairment;
    const Part parts[] = {
        {test.understand, CapacityText::tr("understand the relevant information"),
         QStringLiteral("MCA 2005 s.3(1)(a)")},
        {test.retain, CapacityText::tr("retain that information"), QStringLiteral("MCA 2005 s.3(1)(b)")},
        {test.useOrWeigh, CapacityText::tr("use or weigh that information"),
         QStringLiteral("MCA 2005 s.3(1)(c)")},
        {test.communicate, CapacityText::tr("communicate their decision"),
         QStringLiteral("MCA 2005 s.3(1)(d)")},
    };
    evidencedInability = false;
    for (const Part& part : parts) {
        if (part.finding.unable == YesNoUnknown::No
            && capacitywording::readsAsInability(part.finding.evidence))
            result.prompts.push_back(
                {CapacityText::tr(
                     "The evidence recorded for being able to %1 (“%2”) reads as though they could "
                     "not: check the answer.")
                     .arg(part.ability, part.finding.evidence.trimmed()),
                 part.citation});
        if (part.finding.unable != YesNoUnknown::Yes)
            continue;
        if (capacitywording::onlyNamesCondition(part.finding.evidence, impairment)) {
            // Not evidence of the inability: it counts as missing, and is flagged.
            result.flags.push_back(
                {CapacityText::tr(
                     "The evidence that they are unable to %1 only names a condition (“%2”). A lack "
                     "of capacity cannot be established merely by reference to a condition: record "
                     "what they said or did when given the information.")
                     .arg(part.ability, part.finding.evidence.trimmed()),
                 QStringLiteral("MCA 2005 s.2(3)(b)")});
            continue;
        }
        if (blank(part.finding.evidence)) {
            need(result,
                 CapacityText::tr("Record the evidence that they are unable to %1.").arg(part.ability),
                 part.citation);
        } else {
            evidencedInability = true;
            result.reasons.push_back(
                {CapacityText::tr("Unable to %1: %2").arg(part.ability, part.finding.evidence.trimmed()),
                 part.citation});
        }
    }
}

void lacksCapacity(const CapacityAssessment& assessment, CapacityRecordResult& result,
                   bool evidencedInability)
{
    if (assessment.practicableSteps.join(QString()).trimmed().isEmpty())
        need(result,
             CapacityText::tr("Record the practicable steps taken to help them decide (the right time and "
                              "place, information in a form they use, people who help them)."),
             QStringLiteral("MCA 2005 s.1(3)"));
    if (blank(assessment.relevantInformation))
        need(result,
             CapacityText::tr("Record the relevant information they were given, including the foreseeable "
                              "consequences of each option and of not deciding."),
             QStringLiteral("MCA 2005 s.3(4)"));
    if (!evidencedInability)
        need(result,
             CapacityText::tr("Record at least one thing they are unable to do in the functional test "
                              "(understand, retain, use or weigh, communicate), with the evidence."),
             QStringLiteral("MCA 2005 s.3(1)"));
    if (blank(assessment.causativeNexus.impairment))
        need(result,
             CapacityText::tr("Record the impairment of, or disturbance in the functioning of, the mind or "
                              "brain."),
             QStringLiteral("MCA 2005 s.2(1)"));
    if (blank(assessment.causativeNexus.howItCausesInability))
        need(result,
             CapacityText::tr("Record why the inability is because of that impairment or disturbance (the "
                              "causative link)."),
             QStringLiteral("MCA 2005 s.2(1)"));
}

// s.2(1): capacity is "in relation to a matter". A record about capacity in general, or naming no
// decision, is not an assessment the Act knows.
void oneMatter(const QString& decision, CapacityRecordResult& result)
{
    switch (capacitywording::decisionWording(decision)) {
    case capacitywording::DecisionWording::General:
        result.flags.push_back(
            {CapacityText::tr(
                 "This record is about capacity in general (“%1”), not one decision. Capacity is "
                 "decided in relation to a matter at the time it has to be made: name the one "
                 "decision, for example “whether to move to Elm House”.")
                 .arg(decision),
             QStringLiteral("MCA 2005 s.2(1)")});
        return;
    case capacitywording::DecisionWording::NoMatter:
        result.flags.push_back(
            {CapacityText::tr(
                 "“%1” does not name a decision. Capacity is decided in relation to a matter: name "
                 "the one decision this assessment is about.")
                 .arg(decision),
             QStringLiteral("MCA 2005 s.2(1)")});
        return;
    case capacitywording::DecisionWording::OneMatter:
        break;
    }
}

// A lack of capacity needs an inability in one of the four abilities (s.3(1)); a record that finds
// all four present and concludes otherwise contradicts itself.
void contradiction(const CapacityAssessment& assessment, CapacityRecordResult& result)
{
    const FunctionalTest& test = assessment.functionalTest;
    for (const FunctionalFinding* finding :
         {&test.understand, &test.retain, &test.useOrWeigh, &test.communicate}) {
        if (finding->unable != YesNoUnknown::No)
            return;
    }
    result.flags.push_back(
        {CapacityText::tr(
             "The record concludes they lack capacity, yet finds they can understand, retain, use or "
             "weigh the information and communicate their decision. A person is unable to decide only "
             "if unable to do one of these: reconcile the conclusion with the abilities recorded."),
         QStringLiteral("MCA 2005 s.3(1); s.2(1)")});
}

// JB: the functional question first, then whether the inability is because of an impairment.
void order(const CapacityAssessment& assessment, CapacityRecordResult& result)
{
    const FunctionalTest& test = assessment.functionalTest;
    bool anyInability = false; // evidenced or not: an unevidenced one is missing evidence, not out of order
    for (const FunctionalFinding* finding :
         {&test.understand, &test.retain, &test.useOrWeigh, &test.communicate})
        anyInability = anyInability || finding->unable == YesNoUnknown::Yes;
    const CausativeNexus& nexus = assessment.causativeNexus;
    const bool nexusWritten = !blank(nexus.impairment) || !blank(nexus.howItCausesInability);
    const QDateTime functionalAt = assessment.functionalTest.recordedAt;
    if (nexusWritten && nexus.recordedAt.isValid() && functionalAt.isValid()
        && nexus.recordedAt < functionalAt) {
        result.flags.push_back(
            {CapacityText::tr("The causative link was recorded before the functional test. Decide "
                              "first whether they are unable to make the decision, then whether "
                              "that is because of an impairment."),
             kJB});
    } else if (assessment.conclusion != CapacityConclusion::HasCapacity && !blank(nexus.howItCausesInability)
               && !anyInability) {
        result.flags.push_back(
            {CapacityText::tr("A causative link is recorded, but no inability for it to explain: the "
                              "functional test comes first."),
             kJB});
    } else if (nexusWritten && (!nexus.recordedAt.isValid() || !functionalAt.isValid())) {
        result.prompts.push_back(
            {CapacityText::tr(
                 "The record does not show when the functional test and the causative link were "
                 "written, so it cannot show the functional question came first: keep both times."),
             kJB});
    }
    // The causal question is about the inability found, not about capacity in general: the
    // explanation should say which inability the impairment causes.
    if (anyInability && !blank(nexus.howItCausesInability)) {
        const FunctionalFinding* findings[] = {&test.understand, &test.retain, &test.useOrWeigh,
                                               &test.communicate};
        bool named = false;
        for (int part = 0; part < 4; ++part)
            named = named
                || (findings[part]->unable == YesNoUnknown::Yes
                    && capacitywording::mentionsAbility(nexus.howItCausesInability, part));
        if (!named)
            result.prompts.push_back(
                {CapacityText::tr(
                     "Say which inability the impairment causes: the causative link explains why "
                     "they cannot do what the functional test found, not why they lack capacity."),
                 QStringLiteral("MCA 2005 s.2(1); A Local Authority v JB [2021] UKSC 52")});
    }
}

} // namespace

CitedPoint unjustifiedBasisFlag(UnjustifiedBasis basis, bool bestInterests)
{
    // s.4(1) repeats s.2(3) for best interests, paragraph for paragraph.
    const QString law = bestInterests ? QStringLiteral("MCA 2005 s.4(1)") : QStringLiteral("MCA 2005 s.2(3)");
    switch (basis) {
    case UnjustifiedBasis::Age:
        return {
            bestInterests
                ? CapacityText::tr("The decision relies on their age, which alone can never settle it.")
                : CapacityText::tr("The conclusion relies on their age, which alone can never settle it."),
            law + QStringLiteral("(a)")};
    case UnjustifiedBasis::Appearance:
        return {bestInterests
                    ? CapacityText::tr(
                        "The decision relies on their appearance, which alone can never settle it.")
                    : CapacityText::tr(
                        "The conclusion relies on their appearance, which alone can never settle it."),
                law + QStringLiteral("(a)")};
    case UnjustifiedBasis::Condition:
        return {bestInterests
                    ? CapacityText::tr("The decision relies on a condition or diagnosis, which alone can "
                                       "never settle it.")
                    : CapacityText::tr("The conclusion relies on a condition or diagnosis, which alone can "
                                       "never settle it."),
                law + QStringLiteral("(b)")};
    case UnjustifiedBasis::Behaviour:
        return {bestInterests
                    ? CapacityText::tr("The decision relies on an aspect of their behaviour, which alone "
                                       "can never settle it.")
                    : CapacityText::tr("The conclusion relies on an aspect of their behaviour, which alone "
                                       "can never settle it."),
                law + QStringLiteral("(b)")};
    case UnjustifiedBasis::UnwiseDecision:
        break;
    }
    return {CapacityText::tr(
                "The conclusion relies on the decision being unwise: an unwise decision does not show a "
                "lack of capacity."),
            QStringLiteral("MCA 2005 s.1(4)")};
}

CapacityRecordResult checkCapacityRecord(const CapacityAssessment& assessment)
{
    CapacityRecordResult result;
    if (blank(assessment.decision))
        need(result, CapacityText::tr("Name the one decision this assessment is about."),
             QStringLiteral("MCA 2005 s.2(1)"));
    else
        oneMatter(assessment.decision.trimmed(), result);
    if (!assessment.assessedOn.isValid())
        need(result,
             CapacityText::tr("Record when it was assessed: capacity is about the time the decision is "
                              "made."),
             QStringLiteral("MCA 2005 s.2(1)"));
    bool evidencedInability = false;
    functionalTest(assessment, result, evidencedInability);
    for (const UnjustifiedBasis basis : assessment.reliesOn)
        result.flags.push_back(unjustifiedBasisFlag(basis, false));
    order(assessment, result);

    switch (assessment.conclusion) {
    case CapacityConclusion::NotConcluded:
        need(result, CapacityText::tr("Record the conclusion."), QStringLiteral("MCA 2005 s.2(1)"));
        result.rule = CapacityText::tr("No conclusion is recorded yet");
        result.citation = QStringLiteral("MCA 2005 s.2(1)");
        break;
    case CapacityConclusion::HasCapacity:
        result.rule = CapacityText::tr("Concludes they have capacity for this decision");
        result.citation = QStringLiteral("MCA 2005 s.1(2)");
        if (evidencedInability && !blank(assessment.causativeNexus.howItCausesInability))
            result.flags.push_back(
                {CapacityText::tr("The record shows an inability caused by an impairment, yet "
                                  "concludes they have capacity: reconcile the two."),
                 QStringLiteral("MCA 2005 s.2(1)")});
        break;
    case CapacityConclusion::LacksCapacity:
        result.rule = CapacityText::tr(
            "Concludes they lack capacity for this decision: the record must show why");
        result.citation = QStringLiteral("MCA 2005 s.2(1); s.3(1)");
        lacksCapacity(assessment, result, evidencedInability);
        contradiction(assessment, result);
        break;
    }
    result.status = statusOf(result);
    return result;
}

} // namespace alongside::core
