// Condition A of the Care Act advocacy duty: substantial difficulty in being involved.

#include "rules/AdvocacyParts.h"
#include "rules/RuleText.h"

namespace alongside::core::advocacy {

namespace {

struct Area {
    const DifficultyFinding& finding;
    QString name;  // "understanding relevant information"
    QString point; // "(a)": the paragraph of s.67(4) or s.68(3)
};

QString citationFor(const Law& law, const Area& area)
{
    return law.condition + area.point; // s.67(4)(a)-(d); s.68(3)(a)-(d)
}

} // namespace

Part substantialDifficulty(const SubstantialDifficulty& difficulty, const Law& law)
{
    const Area areas[] = {
        {difficulty.understanding, AdvocacyText::tr("understanding relevant information"),
         QStringLiteral("(a)")},
        {difficulty.retaining, AdvocacyText::tr("retaining that information"), QStringLiteral("(b)")},
        {difficulty.usingOrWeighing,
         AdvocacyText::tr("using or weighing that information as part of being involved"),
         QStringLiteral("(c)")},
        {difficulty.communicating, AdvocacyText::tr("communicating their views, wishes or feelings"),
         QStringLiteral("(d)")},
    };
    Part part;
    bool anyFound = false;
    bool anyUnknown = false;
    for (const Area& area : areas) {
        anyFound = anyFound || area.finding.found == YesNoUnknown::Yes;
        anyUnknown = anyUnknown || area.finding.found == YesNoUnknown::NotKnown;
    }
    for (const Area& area : areas) {
        const QString evidence = area.finding.evidence.trimmed();
        const QString citation = citationFor(law, area);
        if (area.finding.found == YesNoUnknown::Yes) {
            part.reasons.push_back(
                {evidence.isEmpty()
                     ? AdvocacyText::tr("Substantial difficulty in %1.").arg(area.name)
                     : AdvocacyText::tr("Substantial difficulty in %1: %2").arg(area.name, evidence),
                 citation});
            if (evidence.isEmpty())
                part.missing.push_back(
                    {AdvocacyText::tr("Record the evidence of substantial difficulty in %1.").arg(area.name),
                     citation});
        } else if (area.finding.found == YesNoUnknown::No && !anyFound) {
            // Only when the answer rests on it: one area of difficulty is enough for the duty.
            part.reasons.push_back(
                {AdvocacyText::tr("No substantial difficulty in %1.").arg(area.name), citation});
            if (evidence.isEmpty())
                part.missing.push_back(
                    {AdvocacyText::tr("Record what shows they have no substantial difficulty in %1.")
                         .arg(area.name),
                     citation});
        } else if (area.finding.found == YesNoUnknown::NotKnown && !anyFound) {
            part.missing.push_back(
                {AdvocacyText::tr(
                     "Assess whether, without an advocate, they would have substantial difficulty in %1.")
                     .arg(area.name),
                 citation});
        }
    }
    part.answer = anyFound ? YesNoUnknown::Yes : anyUnknown ? YesNoUnknown::NotKnown : YesNoUnknown::No;
    return part;
}

} // namespace alongside::core::advocacy
