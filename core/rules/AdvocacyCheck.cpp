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
                QStringLiteral("Care Act 2014 s.68(1)(a); s.42(2)")};
    case CareActProcess::SafeguardingAdultsReview:
        return {AdvocacyText::tr("A safeguarding adults review: the adult is to be involved in it."),
                QStringLiteral("Care Act 2014 s.68(1)(b); s.44(3), (4)")};
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

// Care Act 2014 ss.67 and 68 (and ss.42, 44), read in full on 2026-12-07 in the Statute Law
// Database text of legislation.gov.uk/ukpga/2014/23 (revised), as mirrored in
// github.com/legalize-dev/legalize-uk, uk/ukpga-2014-23.md. s.68: "(1) This section applies
// where there is to be— (a) an enquiry under section 42(2), (b) a review under section 44(1) of
// a case in which condition 2 in section 44(3) is met or a review under section 44(4). (2) The
// relevant local authority must, if the condition in subsection (3) is met, arrange for a person
// who is independent of the authority (an "independent advocate") to be available to represent
// and support the adult ... for the purpose of facilitating his or her involvement in the
// enquiry or review; but see subsections (4) and (6)"; (3) the four substantial difficulties,
// (a)-(d); (4) the appropriate person, "(a) who would be an appropriate person to represent and
// support the adult ... and (b) who is not engaged in providing care or treatment for the adult
// in a professional capacity or for remuneration"; (5) consent, or best interests where the
// adult lacks capacity to consent; (6) "If the enquiry or review needs to begin as a matter of
// urgency, it may do so even if the authority has not yet been able to comply with the duty
// under subsection (2) (and the authority continues to be subject to the duty)". s.67 has the
// same shape for care processes: (2) the duty, (3) the processes, (4) the difficulties, (5) the
// appropriate person, (6) consent or best interests, (7)(c) regulations may "specify
// circumstances in which the exception in subsection (5) does not apply". The Act itself does
// not say that a person implicated in the concern cannot be appropriate: that is the statutory
// guidance, cited beside s.68(4)(a).
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
        // Care Act 2014 s.44 (read as above): Condition 1, "(2)(a) the adult has died";
        // Condition 2, "(3)(a) the adult is still alive". s.68(1)(b) reaches a review under
        // s.44(1) only where condition 2 is met, and the advocate is there to facilitate the
        // adult's own involvement (s.68(2)), which only a living adult can have.
        if (situation.adultAlive == YesNoUnknown::No) {
            decide(result, AdvocacyDecision::NotRequired,
                   AdvocacyText::tr(
                       "The review is about an adult who has died: the duty covers a review of this "
                       "kind only while the adult is alive, and is there to involve them, so it "
                       "does not arise"),
                   QStringLiteral("Care Act 2014 s.68(1)(b); s.44(2)(a)"));
            result.reasons.push_back(
                {AdvocacyText::tr("The adult has died."), QStringLiteral("Care Act 2014 s.44(2)(a)")});
            return result;
        }
        if (situation.adultAlive == YesNoUnknown::NotKnown)
            result.missing.push_back(
                {AdvocacyText::tr(
                     "Record whether the adult the review is about is alive: only a living adult can "
                     "be involved in it."),
                 QStringLiteral("Care Act 2014 s.68(1)(b); s.44(2)(a), (3)(a)")});
        else
            result.reasons.push_back({AdvocacyText::tr("The adult is alive."),
                                      QStringLiteral("Care Act 2014 s.68(1)(b); s.44(3)(a)")});
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
        // SI 2014/2889 reg 4(1) switches off the s.67(5) exception; it is made under s.67(7)(c).
        decide(result, AdvocacyDecision::Required,
               AdvocacyText::tr("Regulation 4: an advocate is required even though there is an appropriate "
                                "individual"),
               QStringLiteral("Care Act 2014 s.67(7)(c); SI 2014/2889 reg 4(1)"));
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
    if (result.decision == AdvocacyDecision::Required && law.safeguarding) {
        // s.68(6): urgency lets the enquiry or review start first; it does not end the duty.
        result.reasons.push_back(
            {AdvocacyText::tr("If the enquiry or review needs to begin as a matter of urgency it may begin "
                              "before the advocate is arranged, but the duty to arrange one continues."),
             QStringLiteral("Care Act 2014 s.68(6)")});
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
