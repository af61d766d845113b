#include "rules/CapacityRecordCheck.h"

#include "rules/RuleText.h"

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
        if (part.finding.unable != YesNoUnknown::Yes)
            continue;
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
        result.citation = QStringLiteral("MCA 2005 ss.1-3");
        lacksCapacity(assessment, result, evidencedInability);
        break;
    }
    result.status = statusOf(result);
    return result;
}

} // namespace alongside::core
