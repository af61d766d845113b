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

// The one-advocate check needs both situations and the advocates recorded.
struct OneAdvocateSituation {
    AdvocacySituation careAct;
    ImcaSituation imca;
    std::vector<AdvocateReferral> advocates;
};

CheckInput<AdvocacySituation> readAdvocacyInput(const QByteArray& bytes);
CheckInput<ImcaSituation> readImcaInput(const QByteArray& bytes);
CheckInput<OneAdvocateSituation> readOneAdvocateInput(const QByteArray& bytes);
CheckInput<CapacityAssessment> readCapacityInput(const QByteArray& bytes);
CheckInput<BestInterestsDecision> readBestInterestsInput(const QByteArray& bytes);
CheckInput<WishesSituation> readWishesInput(const QByteArray& bytes);

} // namespace alongside::core
