#pragma once

#include "storage/store/Store.h"
#include "support/TestStores.h"

#include <QByteArray>
#include <QDate>

#include <string>

#include <memory>

namespace alongside::test {

inline const QDate kWholeCaseToday(2026, 3, 14);

// A store holding the demo caseload (the case journeys and the legal records) and, on the case
// with a decision to sign off, a supervision with a reflective note, answers and agreed actions,
// two sign-offs (the second superseding the first), an addendum to a conversation, and an
// approved letter with its delivery answered: every kind of record a case can travel with.
struct WholeCaseStore {
    TempStoreFolder folder;
    std::unique_ptr<core::Store> store;
    qint64 supervisedCase = 0;

    WholeCaseStore();
};

// "" when the two files are the same bytes; else the first line that differs, in both, so a
// failure says what changed on the way.
std::string firstDifference(const QByteArray& before, const QByteArray& after);

} // namespace alongside::test
