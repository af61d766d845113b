#include "rules/WishesCheck.h"

#include "rules/RuleText.h"

namespace alongside::core {

namespace {

// When the adult's wish may be overridden, and information shared without consent.
const QString kGuidance = QStringLiteral("Care and Support Statutory Guidance ch.14");
// Making Safeguarding Personal learning briefing, myths 1 and 6: a refusal is not a reason to
// close; check for coercion, see the person alone, keep trying.
const QString kMyths = QStringLiteral("MSP learning briefing, myths 1 and 6");

struct Factor {
    const OverridingFactor& factor;
    QString name;  // "other people, including children, are or may be at risk"
    QString check; // "whether other people, including children, are or may be at risk"
};

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

void refusal(const WishesSituation& situation, WishesResult& result)
{
    const Factor factors[] = {
        {situation.othersAtRisk, WishesText::tr("other people, including children, are or may be at risk"),
         WishesText::tr("whether other people, including children, are or may be at risk")},
        {situation.seriousCrime, WishesText::tr("a serious crime has been or may be committed"),
         WishesText::tr("whether a serious crime has been or may be committed")},
        {situation.positionOfTrust, WishesText::tr("a person in a position of trust is implicated"),
         WishesText::tr("whether a person in a position of trust (staff or a volunteer) is implicated")},
        {situation.coercion, WishesText::tr("they may be under coercion, undue influence or duress"),
         WishesText::tr("whether they are under coercion, undue influence or duress")},
        {situation.publicInterest, WishesText::tr("there is a wider public interest"),
         WishesText::tr("whether there is a wider public interest")},
    };
    bool anyPresent = false;
    bool anyUnknown = false;
    for (const Factor& entry : factors) {
        if (entry.factor.present == YesNoUnknown::Yes) {
            anyPresent = true;
            result.reasons.push_back(
                {WishesText::tr("Their wish may not settle it: %1.").arg(entry.name), kGuidance});
            if (blank(entry.factor.why))
                result.missing.push_back({WishesText::tr("Record why %1.").arg(entry.name), kGuidance});
        } else if (entry.factor.present == YesNoUnknown::NotKnown) {
            anyUnknown = true;
            result.missing.push_back({WishesText::tr("Check %1.").arg(entry.check), kGuidance});
        }
    }
    if (anyPresent) {
        result.decision = WishesDecision::FactorsToWeigh;
        result.rule = WishesText::tr("They do not want action, but something may override their wish");
        result.prompts.push_back(
            {WishesText::tr("Decide, with your manager, whether to act or share information "
                            "without their agreement; record the decision and why."),
             kGuidance});
        if (situation.personTold == YesNoUnknown::NotKnown)
            result.missing.push_back(
                {WishesText::tr("Record whether they were told what will happen and what will be "
                                "shared, or why telling them would increase the risk."),
                 kGuidance});
        else if (situation.personTold == YesNoUnknown::No && blank(situation.notToldBecause))
            result.missing.push_back(
                {WishesText::tr("They were not told: record why telling them would increase the "
                                "risk."),
                 kGuidance});
    } else if (anyUnknown) {
        result.decision = WishesDecision::FactorsNotYetChecked;
        result.rule = WishesText::tr(
            "They do not want action; whether anything overrides their wish is not yet "
            "checked");
    } else {
        result.decision = WishesDecision::WishGuides;
        result.rule = WishesText::tr(
            "They do not want action and nothing recorded overrides that: their wish guides "
            "what happens");
        result.reasons.push_back(
            {WishesText::tr("None of the reasons to act against their wish applies."), kGuidance});
    }
    result.citation = kGuidance;

    if (situation.capacityForDecision == YesNoUnknown::No)
        result.prompts.push_back(
            {WishesText::tr("They lack capacity for this decision: it is a best-interests "
                            "decision, still shaped by their wishes and feelings."),
             QStringLiteral("MCA 2005 s.4(6)")});
    if (situation.seenAlone != YesNoUnknown::Yes)
        result.missing.push_back(
            {WishesText::tr("Speak to them alone, away from anyone who may be influencing them."), kMyths});
    result.prompts.push_back(
        {WishesText::tr("A refusal is never simply a reason to close: check for coercion, "
                        "speak to them alone, and keep trying to build trust."),
         kMyths});
    if (situation.closing)
        result.flags.push_back(
            {WishesText::tr("The case is being closed while they refuse: record what was done to "
                            "check for coercion and to keep them engaged, and what happens next."),
             kMyths});
}

} // namespace

WishesResult checkWishes(const WishesSituation& situation)
{
    WishesResult result;
    switch (situation.wish) {
    case PersonsWish::NotKnown:
        result.decision = WishesDecision::WishNotRecorded;
        result.rule = WishesText::tr("What they want is not recorded yet");
        result.citation = kGuidance;
        result.missing.push_back(
            {WishesText::tr("Ask them, alone if possible, what they want to happen, and record it "
                            "in their own words."),
             kGuidance});
        return result;
    case PersonsWish::WantsAction:
        result.decision = WishesDecision::WantsAction;
        result.rule = WishesText::tr("They want action: work with them towards the outcomes they want");
        result.citation = kGuidance;
        return result;
    case PersonsWish::DoesNotWantAction:
        break;
    }
    if (blank(situation.inTheirOwnWords))
        result.missing.push_back(
            {WishesText::tr("Record what they said about not wanting action, in their own words."),
             kGuidance});
    refusal(situation, result);
    return result;
}

} // namespace alongside::core
