#include "rules/AdvocacyCheck.h"

#include "rules/AdvocacyParts.h"
#include "rules/RuleText.h"

namespace alongside::core {

namespace {

using advocacy::Law;
using advocacy::Part;

// CSSG ch.7: the duty to consider advocacy runs from first contact and through the process.
const QString kFromFirstContact = QStringLiteral("Care and Support Statutory Guidance ch.7");

CitedPoint processReason(CareActProcess process)
{
    switch (process) {
    case CareActProcess::NeedsAssessment:
        return {AdvocacyText::tr("A needs assessment is a care process: the person must be involved in it."),
                QStringLiteral("Care Act 2014 s.67(3)(a); s.9(5)")};
    case CareActProcess::CarersAssessment:
        return {AdvocacyText::tr("A carer's assessment is a care process: the carer must be involved in it."),
                QStringLiteral("Care Act 2014 s.67(3)(b); s.10(7)")};
    case CareActProcess::CareAndSupportPlanning:
        return {AdvocacyText::tr("Preparing a care and support plan (or a carer's support plan) is a care "
                                 "process: the person must be involved in it."),
                QStringLiteral("Care Act 2014 s.67(3)(c)-(d); s.25")};
    case CareActProcess::Review:
        return {AdvocacyText::tr("Reviewing a plan is a care process: the person must be involved in it."),
                QStringLiteral("Care Act 2014 s.67(3)(e)-(f); s.27")};
    case CareActProcess::Section42Enquiry:
        return {AdvocacyText::tr("A s.42 safeguarding enquiry: the adult is to be involved in it."),
                QStringLiteral("Care Act 2014 s.68(1); s.42(2)")};
    case CareActProcess::SafeguardingAdultsReview:
        return {AdvocacyText::tr("A safeguarding adults review: the adult is to be involved in it."),
                QStringLiteral("Care Act 2014 s.68(1); s.44")};
    }
    return {};
}

void append(CitedPoints& to, const CitedPoints& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

void take(AdvocacyResult& result, const Part& part)
{
    append(result.reasons, part.reasons);
    append(result.missing, part.missing);
}

void decide(AdvocacyResult& result, AdvocacyDecision decision, const QString& rule, const QString& citation)
{
    result.decision = decision;
    result.rule = rule;
    result.citation = citation;
}

} // namespace

namespace advocacy {

// Care Act 2014 s.67(1)-(5)(a), read at legislation.gov.uk (as enacted); s.67(5)-(6) as quoted
// by the Adult Social Care Glossary (socitm, "appropriate person"), which adds: "S.68 (4) and (5)
// make similar provision in respect of safeguarding enquiries and reviews". s.68(3), read as
// quoted by the same glossary: "The condition is that the local authority considers that, were an
// independent advocate not to be available, the individual would experience substantial
// difficulty in doing one or more of the following— (a) understanding relevant information;
// (b) retaining that information; (c) using or weighing that information as part of the process
// of being involved; (d) communicating the individual's views, wishes or feelings". The text of
// s.68(1) (the enquiry or review it applies to) and s.68(2) (the duty) was not within reach of
// our tools; their numbers follow from (3)-(5).
Law lawFor(CareActProcess process)
{
    if (isSafeguardingProcess(process))
        return {true, QStringLiteral("Care Act 2014 s.68(2)"), QStringLiteral("Care Act 2014 s.68(3)"),
                QStringLiteral("Care Act 2014 s.68(4)"), QStringLiteral("Care Act 2014 s.68(5)")};
    return {false, QStringLiteral("Care Act 2014 s.67(2)"), QStringLiteral("Care Act 2014 s.67(4)"),
            QStringLiteral("Care Act 2014 s.67(5)"), QStringLiteral("Care Act 2014 s.67(6)")};
}

} // namespace advocacy

AdvocacyResult checkAdvocacy(const AdvocacySituation& situation)
{
    const Law law = advocacy::lawFor(situation.process);
    AdvocacyResult result;
    result.reasons.push_back(processReason(situation.process));
    if (situation.process == CareActProcess::SafeguardingAdultsReview) {
        // Care Act 2014 s.44, read at legislation.gov.uk (via crimeline.co.uk's display):
        // Condition 1, "(2)(a) the adult has died"; Condition 2, "(3)(a) the adult is still
        // alive". The advocate is there to facilitate the adult's own involvement (s.68(2)),
        // which only a living adult can have.
        if (situation.adultAlive == YesNoUnknown::No) {
            decide(result, AdvocacyDecision::NotRequired,
                   AdvocacyText::tr(
                       "The review is about an adult who has died: there is nobody to involve, so the "
                       "duty to arrange an advocate does not arise"),
                   QStringLiteral("Care Act 2014 s.68(2); s.44(2)(a)"));
            result.reasons.push_back(
                {AdvocacyText::tr("The adult has died."), QStringLiteral("Care Act 2014 s.44(2)(a)")});
            return result;
        }
        if (situation.adultAlive == YesNoUnknown::NotKnown)
            result.missing.push_back(
                {AdvocacyText::tr(
                     "Record whether the adult the review is about is alive: only a living adult can "
                     "be involved in it."),
                 QStringLiteral("Care Act 2014 s.44(2)(a), (3)(a)")});
        else
            result.reasons.push_back(
                {AdvocacyText::tr("The adult is alive."), QStringLiteral("Care Act 2014 s.44(3)(a)")});
    }

    const Part difficulty = advocacy::substantialDifficulty(situation.difficulty, law);
    take(result, difficulty);
    if (difficulty.answer == YesNoUnknown::No) {
        decide(result, AdvocacyDecision::NotRequired,
               AdvocacyText::tr("No substantial difficulty in being involved, so the duty to arrange an "
                                "advocate does not arise"),
               law.condition);
        return result;
    }

    const Part individual = advocacy::appropriateIndividual(situation.consideredIndividuals, law);
    const Part exception = advocacy::regulation4(situation, law);
    take(result, individual);
    append(result.reasons, exception.reasons);
    // What regulation 4 still needs matters only while someone may be appropriate.
    if (individual.answer != YesNoUnknown::No)
        append(result.missing, exception.missing);
    result.appropriateIndividual = individual.who;

    if (difficulty.answer == YesNoUnknown::NotKnown) {
        decide(result, AdvocacyDecision::CannotTellYet,
               AdvocacyText::tr("Substantial difficulty has not yet been assessed"), law.condition);
        return result;
    }
    if (individual.answer == YesNoUnknown::No) {
        decide(
            result, AdvocacyDecision::Required,
            AdvocacyText::tr("Substantial difficulty, and nobody appropriate to represent and support them: "
                             "the council must arrange an independent advocate"),
            law.duty);
    } else if (exception.answer == YesNoUnknown::Yes) {
        // SI 2014/2889 reg 4(1) switches off the s.67(5) exception; it is made under s.67(7).
        decide(result, AdvocacyDecision::Required,
               AdvocacyText::tr("Regulation 4: an advocate is required even though there is an appropriate "
                                "individual"),
               QStringLiteral("Care Act 2014 s.67(7); SI 2014/2889 reg 4(1)"));
    } else if (individual.answer == YesNoUnknown::Yes && exception.answer == YesNoUnknown::No) {
        decide(result, AdvocacyDecision::NotRequired,
               AdvocacyText::tr("An appropriate individual can represent and support them"), law.exception);
    } else if (individual.answer == YesNoUnknown::Yes) {
        decide(result, AdvocacyDecision::CannotTellYet,
               AdvocacyText::tr("Whether a regulation 4 exception applies is not yet settled"),
               QStringLiteral("SI 2014/2889 reg 4(1)"));
    } else {
        decide(result, AdvocacyDecision::CannotTellYet,
               AdvocacyText::tr(
                   "Whether anyone is appropriate to represent and support them is not yet settled"),
               law.exception);
        // The duty is lifted only once the council is satisfied someone is appropriate.
        result.reasons.push_back(
            {AdvocacyText::tr("Until the council is satisfied that someone is appropriate, the duty is not "
                              "lifted: do not leave them without support while this is settled."),
             law.exception});
    }
    if (result.decision == AdvocacyDecision::Required) {
        result.reasons.push_back(
            {AdvocacyText::tr("Arrange the advocate now: the duty applies from first contact and throughout "
                              "the process."),
             kFromFirstContact});
    }
    return result;
}

} // namespace alongside::core
