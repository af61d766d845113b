#pragma once

#include "codecs/CaseFileProblem.h"
#include "model/AdvocacySituation.h"
#include "model/AdvocateReferral.h"
#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "model/ImcaSituation.h"
#include "model/WishesSituation.h"

#include <QByteArray>

#include <vector>

namespace alongside::core {

// A check's input read from JSON (docs/checks.md): the value, or every problem found, each at
// its path (`$.substantialDifficulty.understanding.found`) with its reason.
template <typename Value>
struct CheckInput {
    Value value;
    CaseFileProblems problems;

    bool ok() const { return problems.empty(); }
};

// Where a check input comes from. Input from outside (a file given to `alongside-cli check`, a
// case file) is read strictly, within docs/checks.md's size limits. A record Alongside wrote
// into its own store is read as it was written: refusing it there would show an empty record.
enum class JsonOrigin { Outside, OwnStore };

// The one-advocate check needs both situations and the advocates recorded.
struct OneAdvocateSituation {
    AdvocacySituation careAct;
    ImcaSituation imca;
    std::vector<AdvocateReferral> advocates;
};

CheckInput<AdvocacySituation> readAdvocacyInput(const QByteArray& bytes,
                                                JsonOrigin origin = JsonOrigin::Outside);
CheckInput<ImcaSituation> readImcaInput(const QByteArray& bytes, JsonOrigin origin = JsonOrigin::Outside);
CheckInput<OneAdvocateSituation> readOneAdvocateInput(const QByteArray& bytes,
                                                      JsonOrigin origin = JsonOrigin::Outside);
CheckInput<CapacityAssessment> readCapacityInput(const QByteArray& bytes,
                                                 JsonOrigin origin = JsonOrigin::Outside);
CheckInput<BestInterestsDecision> readBestInterestsInput(const QByteArray& bytes,
                                                         JsonOrigin origin = JsonOrigin::Outside);
CheckInput<WishesSituation> readWishesInput(const QByteArray& bytes, JsonOrigin origin = JsonOrigin::Outside);

} // namespace alongside::core
