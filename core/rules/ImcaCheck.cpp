#include "rules/ImcaCheck.h"

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core {

namespace {

// Must outranks everything; an unsettled trigger might yet be a must, so it outranks may.
int strength(ImcaDuty duty)
{
    switch (duty) {
    case ImcaDuty::Must:
        return 3;
    case ImcaDuty::CannotTellYet:
        return 2;
    case ImcaDuty::May:
        return 1;
    case ImcaDuty::DoesNotApply:
        break;
    }
    return 0;
}

QString dutyWords(ImcaDuty duty)
{
    switch (duty) {
    case ImcaDuty::Must:
        return ImcaText::tr("an IMCA must be instructed");
    case ImcaDuty::May:
        return ImcaText::tr("an IMCA may be instructed");
    case ImcaDuty::CannotTellYet:
        return ImcaText::tr("cannot tell yet");
    case ImcaDuty::DoesNotApply:
        break;
    }
    return ImcaText::tr("does not apply");
}

bool isMust(const std::optional<ImcaFinding>& finding)
{
    return finding && finding->duty == ImcaDuty::Must;
}

// Whether an IMCA must be appointed under s.39A or s.39C, as ss.38(2A)(a) and 39(3A)(a) ask.
imca::DolsImca dolsImcaFor(bool dolsInProspect, const std::vector<ImcaFinding>& dolsFindings)
{
    if (!dolsInProspect)
        return imca::DolsImca::NotInProspect;
    imca::DolsImca answer = imca::DolsImca::NotRequired;
    for (const ImcaFinding& finding : dolsFindings) {
        if (finding.trigger == ImcaTrigger::DolsUnpaidRepresentative)
            continue; // s.39D is not named in ss.38(2A) and 39(3A)
        if (finding.duty == ImcaDuty::Must)
            return imca::DolsImca::Must;
        if (finding.duty == ImcaDuty::CannotTellYet)
            answer = imca::DolsImca::CannotTellYet;
    }
    return answer;
}

// A relative implicated in an allegation of abuse or neglect (SI 2006/2883 reg 4) bears on
// whether it is appropriate to consult family under the duties: the Act leaves that to the body
// ("is satisfied that there is no person ... whom it would be appropriate to consult"), so the
// check asks for the judgement to be made again rather than making it.
void promptAboutImplicatedFamily(const ImcaSituation& situation, std::vector<ImcaFinding>& findings)
{
    if (!situation.adultProtection || situation.adultProtection->familyMemberImplicated != YesNoUnknown::Yes
        || situation.peopleToConsult.familyOrFriends != YesNoUnknown::Yes)
        return;
    for (ImcaFinding& finding : findings) {
        QString consult;
        switch (finding.trigger) {
        case ImcaTrigger::SeriousMedicalTreatment:
            consult = QStringLiteral("MCA 2005 s.37(1)(b)");
            break;
        case ImcaTrigger::NhsAccommodation:
            consult = QStringLiteral("MCA 2005 s.38(1)");
            break;
        case ImcaTrigger::CouncilAccommodation:
            consult = QStringLiteral("MCA 2005 s.39(1)");
            break;
        case ImcaTrigger::CareReview:
            consult = QStringLiteral("SI 2006/2883 reg 3(1)(c)");
            break;
        case ImcaTrigger::DolsRequest:
            consult = QStringLiteral("MCA 2005 s.39A(1)(b)");
            break;
        case ImcaTrigger::DolsRepresentativeGap:
            consult = QStringLiteral("MCA 2005 s.39C(1)(c)");
            break;
        case ImcaTrigger::AdultProtection:
        case ImcaTrigger::DolsUnpaidRepresentative:
            continue;
        }
        finding.prompts.push_back(
            {ImcaText::tr(
                 "A family member is implicated in the allegation of abuse or neglect: decide again "
                 "whether the family or friends you would consult are appropriate to consult about their "
                 "best interests, and record why."),
             consult});
    }
}

} // namespace

QString triggerName(ImcaTrigger trigger)
{
    switch (trigger) {
    case ImcaTrigger::SeriousMedicalTreatment:
        return ImcaText::tr("Serious medical treatment (MCA 2005 s.37)");
    case ImcaTrigger::NhsAccommodation:
        return ImcaText::tr("Accommodation arranged by an NHS body (MCA 2005 s.38)");
    case ImcaTrigger::CouncilAccommodation:
        return ImcaText::tr("Accommodation arranged by the council (MCA 2005 s.39)");
    case ImcaTrigger::CareReview:
        return ImcaText::tr("Care review (SI 2006/2883 reg 3)");
    case ImcaTrigger::AdultProtection:
        return ImcaText::tr("Adult protection (SI 2006/2883 reg 4)");
    case ImcaTrigger::DolsRequest:
        return ImcaText::tr("DoLS authorisation requested (MCA 2005 s.39A)");
    case ImcaTrigger::DolsRepresentativeGap:
        return ImcaText::tr("DoLS: no representative (MCA 2005 s.39C)");
    case ImcaTrigger::DolsUnpaidRepresentative:
        return ImcaText::tr("DoLS: unpaid representative (MCA 2005 s.39D)");
    }
    return {};
}

const ImcaFinding* ImcaResult::finding(ImcaTrigger trigger) const
{
    for (const ImcaFinding& candidate : findings) {
        if (candidate.trigger == trigger)
            return &candidate;
    }
    return nullptr;
}

bool ImcaResult::indicated() const
{
    for (const ImcaFinding& candidate : findings) {
        if (candidate.duty == ImcaDuty::Must || candidate.duty == ImcaDuty::May)
            return true;
    }
    return false;
}

ImcaResult checkImca(const ImcaSituation& situation)
{
    const PeopleToConsult& people = situation.peopleToConsult;
    // DoLS first: an IMCA under s.39A or s.39C for the same place displaces ss.38 and 39.
    const std::vector<ImcaFinding> dolsFindings = situation.dols ? imca::dols(*situation.dols, people)
                                                                 : std::vector<ImcaFinding>{};
    const imca::DolsImca dolsImca = dolsImcaFor(situation.dols.has_value(), dolsFindings);

    std::optional<ImcaFinding> treatment, nhs, council;
    if (situation.seriousMedicalTreatment)
        treatment = imca::seriousMedicalTreatment(*situation.seriousMedicalTreatment, people);
    if (situation.nhsAccommodation)
        nhs = imca::nhsAccommodation(*situation.nhsAccommodation, people, dolsImca);
    if (situation.councilAccommodation)
        council = imca::councilAccommodation(*situation.councilAccommodation, people, dolsImca);

    ImcaResult result;
    for (const std::optional<ImcaFinding>& finding : {treatment, nhs, council}) {
        if (finding)
            result.findings.push_back(*finding);
    }
    const bool sections37To39 = isMust(treatment) || isMust(nhs) || isMust(council);
    bool reviewPower = false;
    if (situation.careReview) {
        result.findings.push_back(imca::careReview(*situation.careReview, people, sections37To39));
        reviewPower = result.findings.back().duty == ImcaDuty::May;
    }
    if (situation.adultProtection)
        result.findings.push_back(
            imca::adultProtection(*situation.adultProtection, people, sections37To39 || reviewPower));
    result.findings.insert(result.findings.end(), dolsFindings.begin(), dolsFindings.end());
    promptAboutImplicatedFamily(situation, result.findings);

    if (result.findings.empty()) {
        result.duty = ImcaDuty::DoesNotApply;
        result.rule = ImcaText::tr("No situation in which an IMCA must or may be instructed is recorded");
        result.citation = QStringLiteral("MCA 2005 ss.37-39D; SI 2006/2883 regs 3-5");
        return result;
    }
    const ImcaFinding* deciding = &result.findings.front();
    for (const ImcaFinding& finding : result.findings) {
        if (strength(finding.duty) > strength(deciding->duty))
            deciding = &finding;
        result.reasons.push_back(
            {triggerName(finding.trigger) + QStringLiteral(": ") + dutyWords(finding.duty),
             finding.citation});
        result.missing.insert(result.missing.end(), finding.missing.begin(), finding.missing.end());
        result.prompts.insert(result.prompts.end(), finding.prompts.begin(), finding.prompts.end());
    }
    result.duty = deciding->duty;
    result.rule = deciding->rule;
    result.citation = deciding->citation;
    return result;
}

} // namespace alongside::core
