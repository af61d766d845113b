#pragma once

#include "SyntheticCaseload.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace alongside::bench {

// Rows for one table (or one UPDATE), written with one prepared statement.
struct JourneyTable {
    QString sql;
    std::vector<QVariantList> rows;
};

// The case journey (schema step 3) for a synthetic caseload: each person's contact details,
// communication needs and the people important to them; each case's concern with its risk
// types, s.42 decision, conversations with the person's own words, desired outcomes with their
// revisions and (at closure) achievement, plan actions, closure, and a few addenda. What a case
// has follows its stage, so the caseload flags and the search index have real work: some
// outcomes never asked, some people never seen alone, some first conversations late, some
// closures without the person's view.
struct SyntheticJourneys {
    std::vector<JourneyTable> tables; // in an order the triggers and foreign keys accept
    std::size_t rowCount() const;
};

// Values are stored exactly as core writes them (core::stored, core's storage codes, SAC
// labels). Conversation and outcome ids are given explicitly, so the tables must be empty.
SyntheticJourneys generateSyntheticJourneys(const SyntheticCaseload& caseload, const SyntheticShape& shape,
                                            quint64 seed = kSyntheticSeed + 1);

} // namespace alongside::bench
