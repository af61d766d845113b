#include "rules/Section42Test.h"

#include <QCoreApplication>

namespace alongside::core {

namespace {

const QString kCitation = QStringLiteral("Care Act 2014 s.42(1)");

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct Section42Text {
    Q_DECLARE_TR_FUNCTIONS(Section42Test)
};

} // namespace

Section42Assessment assessSection42(const Section42Decision& decision)
{
    const YesNoUnknown answers[] = {decision.hasCareAndSupportNeeds, decision.experiencingOrAtRiskOfAbuse,
                                    decision.unableToProtectThemselves};
    Section42Assessment assessment;
    assessment.citation = kCitation;
    bool anyNo = false;
    bool anyUnknown = false;
    for (const YesNoUnknown answer : answers) {
        anyNo = anyNo || answer == YesNoUnknown::No;
        anyUnknown = anyUnknown || answer == YesNoUnknown::NotKnown;
    }
    if (anyNo) {
        assessment.explanation = Section42Text::tr(
            "Not all three conditions are met, so the s.42 duty does not apply. "
            "An other enquiry or another response may still be right; record it.");
    } else if (anyUnknown) {
        assessment.undecided = true;
        assessment.explanation = Section42Text::tr(
            "At least one of the three conditions is not known yet. Find out before deciding.");
    } else {
        assessment.dutyApplies = true;
        assessment.explanation = Section42Text::tr(
            "All three conditions are met: the council must make, or cause to be made, "
            "an enquiry.");
    }
    assessment.explanation += QStringLiteral(" (") + kCitation + u')';
    return assessment;
}

QString section42Inconsistency(const Section42Decision& decision)
{
    const Section42Assessment assessment = assessSection42(decision);
    if (decision.decision == EnquiryDecision::Section42 && !assessment.dutyApplies)
        return Section42Text::tr(
            "A s.42 enquiry is recorded, but not all three conditions are answered yes.");
    if (decision.decision != EnquiryDecision::Section42 && assessment.dutyApplies)
        return Section42Text::tr(
            "All three conditions are answered yes, so the duty to make a s.42 enquiry applies.");
    if (decision.decision != EnquiryDecision::Section42 && decision.responseGiven.trimmed().isEmpty())
        return Section42Text::tr(
            "Record the response given: concerns that do not become s.42 enquiries still need one.");
    return {};
}

} // namespace alongside::core
