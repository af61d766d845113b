#pragma once

#include "storage/repositories/CaseRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace alongside::ui {

// What the sections of a case need to write to it: the store's connection, who is writing
// (read afresh each time, so a name changed in Settings applies at once) and the clock.
// Owned by CaseView, which the workspace deletes before the store closes.
struct CaseAccess {
    QSqlDatabase db;
    std::function<QString()> practitioner;
    std::function<QDateTime()> now;

    core::CaseRepository repository() const { return core::CaseRepository(db, practitioner(), now); }
    QDate today() const { return now().date(); }
};

} // namespace alongside::ui
