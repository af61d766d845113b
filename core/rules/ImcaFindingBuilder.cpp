#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

FindingBuilder::FindingBuilder(ImcaTrigger trigger)
{
    m_finding.trigger = trigger;
}

void FindingBuilder::against(const QString& text, const QString& citation)
{
    m_against.push_back({text, citation});
}

void FindingBuilder::unknown(const QString& text, const QString& citation)
{
    m_finding.missing.push_back({text, citation});
}

void FindingBuilder::because(const QString& text, const QString& citation)
{
    m_finding.reasons.push_back({text, citation});
}

void FindingBuilder::prompt(const QString& text, const QString& citation)
{
    m_finding.prompts.push_back({text, citation});
}

YesNoUnknown FindingBuilder::nobodyToConsult(const PeopleToConsult& people, const QString& citation)
{
    if (people.familyOrFriends == YesNoUnknown::Yes) {
        against(ImcaText::tr("There is someone appropriate to consult about their best interests (family or "
                             "friends)."),
                citation);
        return YesNoUnknown::No;
    }
    if (people.familyOrFriends == YesNoUnknown::NotKnown) {
        unknown(ImcaText::tr("Find out whether any family member or friend, not paid to care for them, is "
                             "appropriate to consult about their best interests."),
                citation);
        return YesNoUnknown::NotKnown;
    }
    because(
        ImcaText::tr("There is nobody appropriate to consult about their best interests other than people "
                     "caring for them professionally or for pay."),
        citation);
    return YesNoUnknown::Yes;
}

void FindingBuilder::lacksCapacity(YesNoUnknown answer, const QString& what, const QString& citation)
{
    switch (answer) {
    case YesNoUnknown::Yes:
        because(ImcaText::tr("They lack capacity %1.").arg(what), citation);
        return;
    case YesNoUnknown::No:
        against(ImcaText::tr("They have capacity %1: the decision is theirs.").arg(what), citation);
        return;
    case YesNoUnknown::NotKnown:
        break;
    }
    // Capacity is presumed (MCA 2005 s.1(2)); assess only where there is reason to doubt it.
    unknown(
        ImcaText::tr("Record whether they lack capacity %1 (capacity is presumed until an assessment shows "
                     "otherwise).")
            .arg(what),
        citation + QStringLiteral("; MCA 2005 s.1(2)"));
}

ImcaFinding FindingBuilder::settle(ImcaDuty whenMet, const QString& rule, const QString& citation)
{
    ImcaFinding finding = m_finding;
    const QString name = triggerName(finding.trigger);
    if (!m_against.empty()) {
        finding.duty = ImcaDuty::DoesNotApply;
        finding.rule = ImcaText::tr("%1 does not apply").arg(name);
        finding.citation = m_against.front().citation;
        finding.reasons.insert(finding.reasons.end(), m_against.begin(), m_against.end());
        finding.missing.clear(); // settled: what else is unknown cannot change it
        return finding;
    }
    if (!finding.missing.empty()) {
        finding.duty = ImcaDuty::CannotTellYet;
        finding.rule = ImcaText::tr("%1: not yet known whether it applies").arg(name);
        finding.citation = finding.missing.front().citation;
        return finding;
    }
    finding.duty = whenMet;
    finding.rule = rule;
    finding.citation = citation;
    return finding;
}

// SI 2006/2883 reg 5(1), read at legislation.gov.uk (as made), and again in full on 2026-12-07 in
// github.com/legalize-dev/legalize-uk, uk/uksi-2006-2883.md: "In the circumstances specified
// in regulation 3 or 4, an NHS body or local authority may instruct an IMCA to represent P if
// the NHS body is satisfied, or the local authority are satisfied, that it would be of
// particular benefit to P to be so represented." The paragraph grants the power; regs 3 and 4
// only describe the circumstances.
ImcaFinding FindingBuilder::settlePower(const ParticularBenefit& benefit, const QString& rule)
{
    const QString power = QStringLiteral("SI 2006/2883 reg 5(1)");
    const QString why = benefit.why.trimmed();
    switch (benefit.satisfied) {
    case YesNoUnknown::No:
        against(why.isEmpty()
                    ? ImcaText::tr("The council or NHS body is not satisfied that an IMCA would be of "
                                   "particular benefit to them, so the power is not available.")
                    : ImcaText::tr("The council or NHS body is not satisfied that an IMCA would be of "
                                   "particular benefit to them, so the power is not available: %1")
                          .arg(why),
                power);
        break;
    case YesNoUnknown::Yes:
        because(why.isEmpty() ? ImcaText::tr("The council or NHS body is satisfied that an IMCA would be of "
                                             "particular benefit to them.")
                              : ImcaText::tr("The council or NHS body is satisfied that an IMCA would be of "
                                             "particular benefit to them: %1")
                                    .arg(why),
                power);
        break;
    case YesNoUnknown::NotKnown:
        break;
    }
    ImcaFinding finding = settle(ImcaDuty::May, rule, power);
    if (finding.duty != ImcaDuty::May)
        return finding;
    if (benefit.satisfied == YesNoUnknown::NotKnown)
        finding.prompts.push_back(
            {ImcaText::tr("The power is there only if you are satisfied that an IMCA would be of particular "
                          "benefit to them: decide, and record why."),
             power});
    else if (why.isEmpty())
        finding.prompts.push_back(
            {ImcaText::tr("Record why an IMCA would be of particular benefit to them."), power});
    finding.prompts.push_back(
        {ImcaText::tr("This is a power, not a duty: decide whether to instruct an IMCA, and record why."),
         power});
    return finding;
}

} // namespace alongside::core::imca
