#pragma once

// What the words of a capacity record show, where the Act turns on them: whether it names one
// decision (MCA 2005 s.2(1): "in relation to a matter"), and whether the evidence of an
// inability says anything beyond a diagnosis (s.2(3)(b)). English word lists, deliberately
// narrow: they catch the common shapes ("general capacity", "has dementia") and leave anything
// else to the assessor. Internal to core/rules.

#include <QString>
#include <QStringList>

namespace alongside::core::capacitywording {

enum class DecisionWording {
    OneMatter, // names something to decide
    General,   // "general capacity", "all decisions about her care"
    NoMatter   // "mental capacity assessment", "care": nothing identifiable to decide
};

DecisionWording decisionWording(const QString& decision);

// True when `evidence` names a condition, a diagnosis or a test score (or repeats the recorded
// impairment) and nothing the person said or did.
bool onlyNamesCondition(const QString& evidence, const QString& impairment);

// True when `evidence`, recorded for an ability the person was found to have, reads as though
// they could not do it ("could not say", "forgot"). A prompt, never a flag: the words may say
// something else.
bool readsAsInability(const QString& evidence);

// Ability words a causal explanation may use for each part of the functional test, in order
// understand, retain, use or weigh, communicate (s.3(1)(a)-(d)).
bool mentionsAbility(const QString& text, int part);

} // namespace alongside::core::capacitywording
