#include "rules/BestInterestsCheck.h"

#include "rules/CapacityRecordCheck.h"
#include "rules/RuleText.h"

namespace alongside::core {

namespace {

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

void need(BestInterestsResult& result, const QString& text, const QString& citation)
{
    result.missing.push_back({text, citation});
}

void item(BestInterestsResult& result, const ChecklistItem& entry, const QString& question,
          const QString& citation)
{
    switch (entry.status) {
    case ChecklistStatus::NotAddressed:
        need(result, BestInterestsText::tr("%1: address this, or say why it does not apply.").arg(question),
             citation);
        return;
    case ChecklistStatus::Addressed:
        if (blank(entry.note))
            need(result, BestInterestsText::tr("%1: say how this was addressed.").arg(question), citation);
        return;
    case ChecklistStatus::NotApplicable:
        if (blank(entry.note))
            need(result, BestInterestsText::tr("%1: give the reason this does not apply.").arg(question),
                 citation);
        return;
    }
}

void checklist(const BestInterestsDecision& decision, BestInterestsResult& result)
{
    item(result, decision.allRelevantCircumstances, BestInterestsText::tr("All the relevant circumstances"),
         QStringLiteral("MCA 2005 s.4(2)"));
    item(result, decision.regainingCapacity,
         BestInterestsText::tr("Whether, and when, they may regain capacity"),
         QStringLiteral("MCA 2005 s.4(3)"));
    item(result, decision.participation, BestInterestsText::tr("Helping them take part"),
         QStringLiteral("MCA 2005 s.4(4)"));
    item(result, decision.lifeSustainingTreatment,
         BestInterestsText::tr(
             "Life-sustaining treatment (not motivated by a desire to bring about their death)"),
         QStringLiteral("MCA 2005 s.4(5)"));
    item(result, decision.wishesFeelingsBeliefsValues,
         BestInterestsText::tr("Their past and present wishes and feelings, beliefs and values"),
         QStringLiteral("MCA 2005 s.4(6)"));
    if (decision.wishesFeelingsBeliefsValues.status == ChecklistStatus::Addressed
        && blank(decision.inTheirOwnWords))
        need(result, BestInterestsText::tr("Record their wishes and feelings in their own words."),
             QStringLiteral("MCA 2005 s.4(6)"));
}

QString roleWords(ConsulteeRole role)
{
    switch (role) {
    case ConsulteeRole::NamedByPerson:
        return BestInterestsText::tr("anyone they named to be consulted");
    case ConsulteeRole::CarerOrInterested:
        return BestInterestsText::tr("carers and people interested in their welfare");
    case ConsulteeRole::Attorney:
        return BestInterestsText::tr("any attorney under a lasting power of attorney");
    case ConsulteeRole::Deputy:
        break;
    }
    return BestInterestsText::tr("any deputy appointed by the court");
}

void consultation(const BestInterestsDecision& decision, BestInterestsResult& result)
{
    const std::pair<ConsulteeRole, const char*> roles[] = {
        {ConsulteeRole::NamedByPerson, "MCA 2005 s.4(7)(a)"},
        {ConsulteeRole::CarerOrInterested, "MCA 2005 s.4(7)(b)"},
        {ConsulteeRole::Attorney, "MCA 2005 s.4(7)(c)"},
        {ConsulteeRole::Deputy, "MCA 2005 s.4(7)(d)"},
    };
    for (const auto& [role, law] : roles) {
        const QString citation = QString::fromLatin1(law);
        bool accounted = false;
        for (const Consultee& consultee : decision.consulted) {
            if (consultee.role != role)
                continue;
            accounted = true;
            if (blank(consultee.views))
                need(result,
                     BestInterestsText::tr("Record what %1 said.")
                         .arg(blank(consultee.name) ? roleWords(role) : consultee.name.trimmed()),
                     citation);
        }
        for (const ConsultationGap& gap : decision.notConsulted) {
            if (gap.role != role)
                continue;
            accounted = true;
            if (blank(gap.reason))
                need(result,
                     BestInterestsText::tr("Give the reason for not consulting %1.").arg(roleWords(role)),
                     citation);
        }
        if (!accounted)
            need(result,
                 BestInterestsText::tr(
                     "Consult %1, where practicable and appropriate, or record why not (or that "
                     "there is nobody).")
                     .arg(roleWords(role)),
                 citation);
    }
}

void options(const BestInterestsDecision& decision, BestInterestsResult& result)
{
    const QString lessRestrictive = QStringLiteral("MCA 2005 s.1(6)");
    if (decision.options.empty()) {
        need(result, BestInterestsText::tr("Record the options considered."),
             QStringLiteral("MCA 2005 s.4(2)"));
        return;
    }
    int chosen = 0;
    bool leastRestrictiveConsidered = false;
    bool chosenLeastRestrictive = false;
    for (const BestInterestsOption& option : decision.options) {
        leastRestrictiveConsidered = leastRestrictiveConsidered || option.leastRestrictive;
        if (option.chosen) {
            ++chosen;
            chosenLeastRestrictive = chosenLeastRestrictive || option.leastRestrictive;
        }
    }
    if (!leastRestrictiveConsidered)
        need(result,
             BestInterestsText::tr("Consider an option less restrictive of their rights and freedom of "
                                   "action, and mark it."),
             lessRestrictive);
    if (chosen != 1)
        need(result, BestInterestsText::tr("Mark the one option chosen."), QStringLiteral("MCA 2005 s.4"));
    else if (leastRestrictiveConsidered && !chosenLeastRestrictive && blank(decision.whyNotLeastRestrictive))
        need(result, BestInterestsText::tr("Say why the less restrictive option was not chosen."),
             lessRestrictive);
}

} // namespace

BestInterestsResult checkBestInterests(const BestInterestsDecision& decision)
{
    BestInterestsResult result;
    result.rule = BestInterestsText::tr(
        "A best-interests decision must show the checklist, the people consulted and "
        "the less restrictive option");
    result.citation = QStringLiteral("MCA 2005 s.4; s.1(6)");
    if (blank(decision.decision))
        need(result, BestInterestsText::tr("Name the decision."), QStringLiteral("MCA 2005 s.4"));
    if (blank(decision.decisionMaker))
        need(result, BestInterestsText::tr("Name the decision maker."), QStringLiteral("MCA 2005 s.4"));
    if (!decision.decidedOn.isValid())
        need(result, BestInterestsText::tr("Record when the decision was made."),
             QStringLiteral("MCA 2005 s.4"));
    switch (decision.lacksCapacityForDecision) {
    case YesNoUnknown::Yes:
        result.reasons.push_back(
            {BestInterestsText::tr("They lack capacity for this decision, so it is made in "
                                   "their best interests."),
             QStringLiteral("MCA 2005 s.1(5)")});
        break;
    case YesNoUnknown::No:
        result.flags.push_back(
            {BestInterestsText::tr("They have capacity for this decision: it is theirs to make, "
                                   "not a best-interests decision."),
             QStringLiteral("MCA 2005 s.1(2)")});
        break;
    case YesNoUnknown::NotKnown:
        need(result,
             BestInterestsText::tr("Record the capacity assessment for this decision: best interests "
                                   "apply only once they lack capacity for it."),
             QStringLiteral("MCA 2005 s.1(2), s.2"));
        break;
    }
    for (const UnjustifiedBasis basis : decision.reliesOn) {
        if (basis != UnjustifiedBasis::UnwiseDecision)
            result.flags.push_back(unjustifiedBasisFlag(basis, true));
    }
    checklist(decision, result);
    consultation(decision, result);
    options(decision, result);
    result.status = statusOf(result);
    return result;
}

} // namespace alongside::core
