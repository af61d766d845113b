// MCA 2005 s.37 (serious medical treatment) and the Expansion Regulations' adult protection
// power (SI 2006/2883 reg 4).

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

ImcaFinding seriousMedicalTreatment(const SeriousMedicalTreatment& treatment, const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::SeriousMedicalTreatment);
    const QString applies = QStringLiteral("MCA 2005 s.37(1)");
    if (treatment.mentalHealthActPart4 == YesNoUnknown::Yes)
        builder.against(ImcaText::tr("The treatment is regulated by Part 4 of the Mental Health Act 1983."),
                        QStringLiteral("MCA 2005 s.37(2)"));
    else if (treatment.mentalHealthActPart4 == YesNoUnknown::NotKnown)
        builder.unknown(
            ImcaText::tr("Record whether the treatment is regulated by Part 4 of the Mental Health Act "
                         "1983."),
            QStringLiteral("MCA 2005 s.37(2)"));
    builder.lacksCapacity(treatment.lacksCapacityToConsent, ImcaText::tr("to consent to the treatment"),
                          applies);
    builder.nobodyToConsult(people, applies);

    ImcaFinding finding = builder.settle(
        ImcaDuty::Must,
        ImcaText::tr("Serious medical treatment proposed by an NHS body, with nobody "
                     "to consult: the NHS body must instruct an IMCA"),
        QStringLiteral("MCA 2005 s.37(3)"));
    const QString urgency = QStringLiteral("MCA 2005 s.37(4)");
    if (finding.duty == ImcaDuty::Must) {
        if (treatment.urgent == YesNoUnknown::Yes) {
            finding.timing = ImcaTiming::NotBeforeUrgentAction;
            finding.reasons.push_back(
                {ImcaText::tr("The treatment is urgent: it may be given before an IMCA is "
                              "instructed. The duty still applies to serious medical "
                              "treatment that is not urgent."),
                 urgency});
        } else if (treatment.urgent == YesNoUnknown::NotKnown)
            finding.missing.push_back(
                {ImcaText::tr("Record whether the treatment must be given urgently (if so, "
                              "it need not wait for the IMCA)."),
                 urgency});
    }
    return finding;
}

ImcaFinding adultProtection(const AdultProtection& protection, const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::AdultProtection);
    const QString regulation = QStringLiteral("SI 2006/2883 reg 4");
    builder.because(
        protection.allegation == AllegationKind::AbusingAnother
            ? ImcaText::tr("Protective measures are taken or proposed after an allegation that they "
                           "are abusing, or have abused, another person.")
            : ImcaText::tr("Protective measures are taken or proposed after an allegation that they "
                           "are being, or have been, abused or neglected."),
        regulation);
    builder.lacksCapacity(protection.lacksCapacityToAgreeToMeasures,
                          ImcaText::tr("to agree to the protective measures"), regulation);
    // Unlike ss.37-39, this power does not wait for there to be nobody to consult.
    const bool someone = people.nominatedPerson || people.attorney || people.deputy
        || people.familyOrFriends == YesNoUnknown::Yes;
    builder.because(someone ? ImcaText::tr("There are family, friends or others to consult, but this power "
                                           "applies even so.")
                            : ImcaText::tr("The power applies whether or not there is anyone to consult."),
                    regulation);
    return builder.settle(
        ImcaDuty::May,
        ImcaText::tr("Adult protection: the council or NHS body may instruct an IMCA, even where "
                     "family or friends could be consulted"),
        regulation);
}

} // namespace alongside::core::imca
