#include "rules/OneAdvocateCheck.h"

#include "rules/RuleText.h"

namespace alongside::core {

namespace {

const QString kGuidance = QStringLiteral("Care and Support Statutory Guidance ch.7");

// "Priya  Shah" and "priya shah" are the same advocate.
QString sameName(const QString& name)
{
    return name.simplified().toCaseFolded();
}

struct Advocates {
    QStringList careAct; // as recorded, first spelling of each
    QStringList imca;
    QStringList careActKeys;
    QStringList imcaKeys;
};

Advocates advocatesIn(const std::vector<AdvocateReferral>& referrals)
{
    Advocates found;
    for (const AdvocateReferral& referral : referrals) {
        const QString key = sameName(referral.advocateName);
        if (key.isEmpty())
            continue;
        const QString shown = referral.advocateName.simplified();
        if (referral.role != AdvocateRole::Imca && !found.careActKeys.contains(key)) {
            found.careActKeys << key;
            found.careAct << shown;
        }
        if (referral.role != AdvocateRole::CareAct && !found.imcaKeys.contains(key)) {
            found.imcaKeys << key;
            found.imca << shown;
        }
    }
    return found;
}

bool shareSomeone(const Advocates& advocates)
{
    for (const QString& key : advocates.careActKeys) {
        if (advocates.imcaKeys.contains(key))
            return true;
    }
    return false;
}

} // namespace

OneAdvocateResult checkOneAdvocate(const AdvocacyResult& careAct, const ImcaResult& imca,
                                   const std::vector<AdvocateReferral>& referrals)
{
    OneAdvocateResult result;
    result.citation = kGuidance;
    const bool careActIndicated = careAct.decision == AdvocacyDecision::Required;
    const bool imcaIndicated = imca.indicated();
    result.reasons.push_back({careActIndicated
                                  ? AdvocacyText::tr("A Care Act advocate is required.")
                                  : AdvocacyText::tr("A Care Act advocate is not (yet) required."),
                              careAct.citation});
    result.reasons.push_back({imcaIndicated ? AdvocacyText::tr("An IMCA must or may be instructed.")
                                            : AdvocacyText::tr("No IMCA must or may be instructed (yet)."),
                              imca.citation});

    const Advocates advocates = advocatesIn(referrals);
    if (!advocates.careAct.isEmpty() && !advocates.imca.isEmpty() && !shareSomeone(advocates)) {
        result.decision = OneAdvocateDecision::DifferentAdvocatesRecorded;
        result.rule = AdvocacyText::tr("Two different advocates are recorded for the two roles");
        result.flags.push_back(
            {AdvocacyText::tr(
                 "%1 is recorded as Care Act advocate and %2 as IMCA. Check whether one advocate could "
                 "act in both roles so they need not tell their story twice; if not, record why.")
                 .arg(advocates.careAct.join(QStringLiteral(", ")),
                      advocates.imca.join(QStringLiteral(", "))),
             kGuidance});
        return result;
    }
    if (!careActIndicated || !imcaIndicated) {
        result.decision = OneAdvocateDecision::NotBothIndicated;
        result.rule = AdvocacyText::tr("Only one kind of advocate, or none, is indicated");
        return result;
    }
    result.decision = OneAdvocateDecision::SameAdvocateCanActInBoth;
    result.rule = AdvocacyText::tr(
        "Both are indicated: the same advocate can act as Care Act advocate and as IMCA");
    result.reasons.push_back(
        {AdvocacyText::tr("One advocate, qualified for both roles, can represent them under the "
                          "Care Act and the Mental Capacity Act, so they tell their story once."),
         kGuidance});
    if (shareSomeone(advocates)) {
        result.reasons.push_back(
            {AdvocacyText::tr("The same advocate is recorded in both roles."), kGuidance});
    } else if (!advocates.careAct.isEmpty() || !advocates.imca.isEmpty()) {
        const QString who =
            (advocates.careAct.isEmpty() ? advocates.imca : advocates.careAct).join(QStringLiteral(", "));
        result.prompts.push_back(
            {AdvocacyText::tr("Only one role is referred so far: ask whether %1 can act in the "
                              "other role too.")
                 .arg(who),
             kGuidance});
    }
    return result;
}

} // namespace alongside::core
