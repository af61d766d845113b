#pragma once

#include "casefile/CaseAccess.h"
#include "model/CaseRecord.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace alongside::test {

// Three made-up cases for UI tests, written through core's CaseRepository with the clock set
// to the days they happened (concerns in February 2026; "now" is ShellFixture::now()).
//  - Doris: complete so far — asked, an outcome in her words, seen on her own within 24 hours.
//  - Sam: a concern and one visit with his son in the room; nobody has asked what he wants.
//  - Priya: seen alone; her words include "I want to keep my own bank card".
struct CaseStories {
    qint64 doris = 0;
    qint64 sam = 0;
    qint64 priya = 0;
    qint64 dorisNote = 0; // written on 20 February 2026
};

constexpr auto kPriyasWords = "I want to keep my own bank card";
constexpr auto kDorisOutcome = "I just want it to stop";

// Throws std::runtime_error with the record's sentence if core refuses any of it.
CaseStories writeCaseStories(QSqlDatabase db);

// A CaseAccess for tests: practitioner "Test Practitioner", clock at `now`.
ui::CaseAccess testAccess(QSqlDatabase db, QDateTime now);

} // namespace alongside::test
