#pragma once

#include "ReportFixture.h"

#include "reporting/SacTable.h"
#include "support/Catch.h"

#include <QString>

#include <utility>
#include <vector>

namespace alongside::test {

// One expected row: the published label and the fixture cases counted in it.
using ExpectedRow = std::pair<QString, std::vector<const char*>>;

// Every row of `table`, in published order, against the hand count: label, number and the
// very cases behind it.
inline void requireRows(const core::SacTable& table, const ReportFixture& fixture,
                        const std::vector<ExpectedRow>& expected)
{
    REQUIRE(table.rows.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(table.key.toStdString() << " row " << i << ": " << expected[i].first.toStdString());
        CHECK(table.rows[i].label == expected[i].first);
        CHECK(table.rows[i].count == static_cast<int>(expected[i].second.size()));
        CHECK(table.rows[i].caseIds == fixture.idsOf(expected[i].second));
    }
}

inline void requireCount(const core::ReportCount& count, const ReportFixture& fixture,
                         const std::vector<const char*>& names)
{
    CHECK(count.count == static_cast<int>(names.size()));
    CHECK(count.caseIds == fixture.idsOf(names));
}

} // namespace alongside::test
