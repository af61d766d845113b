#pragma once

#include "model/CaseSummary.h"

#include <QSqlDatabase>

#include <vector>

namespace alongside::core {

// Reads the caseload. Repositories are the only place SQL about cases lives; screens and the
// CLI go through them, so the same core can later sit on another database.
class CaseloadRepository {
public:
    explicit CaseloadRepository(QSqlDatabase db);

    // Every case, open ones first, most recent concern first.
    std::vector<CaseSummary> allCases() const;
    qint64 countCases() const;
    qint64 countPeople() const;
    qint64 countNotes() const;

private:
    qint64 countRows(const QString& table) const;
    QSqlDatabase m_db;
};

} // namespace alongside::core
