#pragma once

#include "application/Repositories.h"

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

    // The case's records through the application layer; the UI never builds a repository itself.
    core::Repositories records() const { return core::Repositories(db, practitioner, now); }
    core::CaseRepository repository() const { return records().cases(); }
    QDate today() const { return now().date(); }
};

} // namespace alongside::ui
