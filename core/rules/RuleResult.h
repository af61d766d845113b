#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// One sentence of a check's answer, with the law it rests on beside it.
struct CitedPoint {
    QString text;     // plain English, for the practitioner
    QString citation; // "Care Act 2014 s.67(4)", "MCA 2005 s.3(1)(a)"

    bool operator==(const CitedPoint&) const = default;
};

using CitedPoints = std::vector<CitedPoint>;

// What every legal check returns besides its decision. The software decides only what the law
// decides; where the law leaves a judgement to the practitioner, it goes in `prompts`.
struct RuleResult {
    QString rule;        // which rule decided, in plain words
    QString citation;    // that rule's citation
    CitedPoints reasons; // why
    CitedPoints missing; // what to find out or record before the answer is sure or the record whole
    CitedPoints prompts; // judgements left to the practitioner: consider them and record them
    CitedPoints flags;   // where the record conflicts with the law

    // Every citation used, the deciding rule's first, each once.
    QStringList citations() const;
};

} // namespace alongside::core
