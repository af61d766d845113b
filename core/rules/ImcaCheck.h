#pragma once

#include "model/ImcaSituation.h"
#include "rules/RuleResult.h"

#include <vector>

namespace alongside::core {

enum class ImcaDuty { Must, May, DoesNotApply, CannotTellYet };

enum class ImcaTrigger {
    SeriousMedicalTreatment, // MCA 2005 s.37
    NhsAccommodation,        // s.38
    CouncilAccommodation,    // s.39
    CareReview,              // SI 2006/2883 reg 3
    AdultProtection,         // SI 2006/2883 reg 4
    DolsRequest,             // s.39A
    DolsRepresentativeGap,   // s.39C
    DolsUnpaidRepresentative // s.39D
};

// When the IMCA must be instructed: before the treatment or the arrangements (s.37(3), s.38(3),
// s.39(4)); after an urgent move, once the stay is likely to last the period (s.38(3)(b), (4);
// s.39(4)(b), (5)); or now, for arrangements already made without one (s.38(4), s.39(5)).
// Urgent serious medical treatment has no "after": s.37(4) lets it go ahead and no duty follows.
enum class ImcaTiming { Before, NotBeforeUrgentAction, AfterArrangementsMade };

struct ImcaFinding : RuleResult {
    ImcaTrigger trigger = ImcaTrigger::SeriousMedicalTreatment;
    ImcaDuty duty = ImcaDuty::CannotTellYet;
    ImcaTiming timing = ImcaTiming::Before; // meaningful when the duty is Must
};

struct ImcaResult : RuleResult {
    // The strongest answer among the findings: must, then cannot tell yet, then may.
    ImcaDuty duty = ImcaDuty::DoesNotApply;
    std::vector<ImcaFinding> findings; // one per trigger in prospect, in the order of the Act

    const ImcaFinding* finding(ImcaTrigger trigger) const;
    // True when some trigger says must or may.
    bool indicated() const;
};

// Must or may an independent mental capacity advocate be instructed? MCA 2005 ss.37, 38, 39,
// 39A, 39C, 39D and the exceptions in s.40; the Expansion Regulations (SI 2006/2883) regs 3, 4
// and 5. Pure.
ImcaResult checkImca(const ImcaSituation& situation);

QString triggerName(ImcaTrigger trigger); // "Serious medical treatment (MCA 2005 s.37)"

} // namespace alongside::core
