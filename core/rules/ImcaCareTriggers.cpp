// MCA 2005 s.37 (serious medical treatment) and the Expansion Regulations' adult protection
// power (SI 2006/2883 regs 4 and 5(1)).
//
// s.37, read at mentalhealthlaw.co.uk (the Act as amended): "(1) This section applies if an NHS
// body— (a) is proposing to provide, or secure the provision of, serious medical treatment for a
// person ("P") who lacks capacity to consent to the treatment, and (b) is satisfied that there is
// no person, other than one engaged in providing care or treatment for P in a professional
// capacity or for remuneration, whom it would be appropriate to consult in determining what would
// be in P's best interests. (2) But this section does not apply if P's treatment is regulated by
// Part 4 [or 4A] of the Mental Health Act. (3) Before the treatment is provided, the NHS body must
// instruct an independent mental capacity advocate to represent P. (4) If the treatment needs to
// be provided as a matter of urgency, it may be provided even though the NHS body has not been
// able to comply with subsection (3)." Nothing in s.37 puts a later duty on anyone for urgent
// treatment: a later proposal of serious medical treatment that is not urgent is a new case.
//
// SI 2006/2883 reg 4, read in full on 2026-12-07 in legislation.gov.uk/uksi/2006/2883 (as made),
// as mirrored in github.com/legalize-dev/legalize-uk, uk/uksi-2006-2883.md: "(1) The
// circumstances specified in this regulation are where— (a) an NHS body proposes to take or has
// taken, or a local authority propose to take or have taken, protective measures in relation to a
// person ("P") who lacks capacity to agree to one or more of the measures; (b) the proposal is
// made or the measures have been taken— (i) following the receipt of an allegation or evidence
// that P is being, or has been, abused or neglected by another person or that P is abusing, or
// has abused, another person, and (ii) in accordance with arrangements relating to the
// protection of vulnerable adults from abuse which are made pursuant to guidance issued under
// section 7 of the Local Authority Social Services Act 1970; and (c) none of the following
// provisions apply— (i) section 37, 38 or 39 of the Act, or (ii) regulation 3 of these
// Regulations. (2) The reference to protective measures in relation to P includes measures to
// minimise the risk that any abuse or neglect of P, or abuse by P, will continue." Unlike reg
// 3(1)(c)-(d) it has no condition about people to consult. (b)(ii) is the council's own
// safeguarding procedures, which an enquiry recorded here follows, so it is not asked.

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

ImcaFinding seriousMedicalTreatment(const SeriousMedicalTreatment& treatment, const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::SeriousMedicalTreatment);
    const QString proposal = QStringLiteral("MCA 2005 s.37(1)(a)");
    const QString consult = QStringLiteral("MCA 2005 s.37(1)(b)");
    const QString urgency = QStringLiteral("MCA 2005 s.37(4)");
    if (treatment.proposedByNhsBody == YesNoUnknown::No)
        builder.against(
            ImcaText::tr("The treatment is not proposed by an NHS body: the duty falls only on an NHS "
                         "body proposing to provide, or secure, serious medical treatment."),
            proposal);
    else if (treatment.proposedByNhsBody == YesNoUnknown::NotKnown)
        builder.unknown(ImcaText::tr("Record whether an NHS body is proposing to provide, or secure, the "
                                     "treatment."),
                        proposal);
    if (treatment.urgent == YesNoUnknown::Yes)
        builder.against(
            ImcaText::tr("The treatment needs to be given as a matter of urgency: it may be given "
                         "without an IMCA, and no duty to instruct one follows for this treatment. "
                         "If further serious medical treatment that is not urgent is proposed, check "
                         "again: that is a new proposal."),
            urgency);
    if (treatment.mentalHealthActPart4 == YesNoUnknown::Yes)
        builder.against(ImcaText::tr("The treatment is regulated by Part 4 of the Mental Health Act 1983."),
                        QStringLiteral("MCA 2005 s.37(2)"));
    else if (treatment.mentalHealthActPart4 == YesNoUnknown::NotKnown)
        builder.unknown(
            ImcaText::tr("Record whether the treatment is regulated by Part 4 of the Mental Health Act "
                         "1983."),
            QStringLiteral("MCA 2005 s.37(2)"));
    builder.lacksCapacity(treatment.lacksCapacityToConsent, ImcaText::tr("to consent to the treatment"),
                          proposal);
    builder.section40(people, AuthorityMatter::MedicalTreatment, consult);
    builder.nobodyToConsult(people, consult);

    ImcaFinding finding = builder.settle(
        ImcaDuty::Must,
        ImcaText::tr("Serious medical treatment proposed by an NHS body, with nobody "
                     "to consult: the NHS body must instruct an IMCA before the treatment is given"),
        QStringLiteral("MCA 2005 s.37(3)"));
    if (finding.duty == ImcaDuty::Must && treatment.urgent == YesNoUnknown::NotKnown)
        finding.missing.push_back(
            {ImcaText::tr(
                 "Record whether the treatment needs to be given as a matter of urgency (if so, it may "
                 "be given without an IMCA)."),
             urgency});
    return finding;
}

ImcaFinding adultProtection(const AdultProtection& protection, const PeopleToConsult& people,
                            bool displacedByDutyOrReview)
{
    FindingBuilder builder(ImcaTrigger::AdultProtection);
    const QString measures = QStringLiteral("SI 2006/2883 reg 4(1)(a)");
    const QString allegation = QStringLiteral("SI 2006/2883 reg 4(1)(b)(i)");
    builder.because(
        protection.allegation == AllegationKind::AbusingAnother
            ? ImcaText::tr("Protective measures are taken or proposed after an allegation that they "
                           "are abusing, or have abused, another person.")
            : ImcaText::tr("Protective measures are taken or proposed after an allegation that they "
                           "are being, or have been, abused or neglected."),
        QStringLiteral("SI 2006/2883 reg 4(1)(a), (b)(i)"));
    // reg 4(1)(c): a duty under ss.37-39, or the care review power, takes its place. Settled
    // there: what the power would turn on is not asked.
    if (displacedByDutyOrReview) {
        builder.against(
            ImcaText::tr("An IMCA must be instructed under ss.37-39 of the Mental Capacity Act, or the care "
                         "review power applies: the adult protection power is not used then."),
            QStringLiteral("SI 2006/2883 reg 4(1)(c)"));
        return builder.settle(ImcaDuty::May, {}, {});
    }
    builder.lacksCapacity(protection.lacksCapacityToAgreeToMeasures,
                          ImcaText::tr("to agree to the protective measures"), measures);
    // Unlike ss.37-39, this power does not wait for there to be nobody to consult.
    const bool someone = !people.representatives.empty() || people.familyOrFriends == YesNoUnknown::Yes;
    builder.because(someone ? ImcaText::tr("There are family, friends or others to consult, but this power "
                                           "applies even so.")
                            : ImcaText::tr("The power applies whether or not there is anyone to consult."),
                    QStringLiteral("SI 2006/2883 reg 4(1)"));
    switch (protection.familyMemberImplicated) {
    case YesNoUnknown::Yes:
        builder.because(
            ImcaText::tr("A family member is implicated in the allegation: they cannot be relied on to "
                         "speak for the person's interests in the protective measures."),
            allegation);
        builder.prompt(
            ImcaText::tr("Weigh the implicated family member in deciding whether an IMCA would be of "
                         "particular benefit to them."),
            QStringLiteral("SI 2006/2883 reg 5(1)"));
        break;
    case YesNoUnknown::NotKnown:
        builder.prompt(
            ImcaText::tr("Record whether a family member is implicated in the allegation: it bears on "
                         "whom it is appropriate to consult and on the benefit of an IMCA."),
            allegation);
        break;
    case YesNoUnknown::No:
        break;
    }
    return builder.settlePower(
        protection.particularBenefit,
        ImcaText::tr(
            "Adult protection: the council or NHS body may instruct an IMCA if satisfied it would be of "
            "particular benefit to them, even where family or friends could be consulted"));
}

} // namespace alongside::core::imca
