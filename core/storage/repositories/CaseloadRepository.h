#pragma once

#include "model/CaseSummary.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace alongside::core {

// Which cases the caseload shows and in what order: what the practitioner chose above the
// table. Answered in SQL from the summary rows (caseload_row) and their indexes, a page at a
// time, so a team store of 50,000 cases shows its first screen without reading every case.
struct CaseloadView {
    enum class Show { All, Open, SomethingMissing, Closed };
    enum class Sort { AsStored, Person, Reference, HeldBy, Stage, DaysOpen, NextAction, Flags };
    Show show = Show::All;
    Sort sort = Sort::AsStored; // open first, most recent concern first
    bool descending = false;    // ignored for AsStored
    // Only these cases (the cases a search found, or behind a figure); empty: no limit.
    std::optional<QList<qint64>> only;
};

// Reads the caseload. Repositories are the only place SQL about cases lives; screens and the
// CLI go through them, so the same core can later sit on another database.
class CaseloadRepository {
public:
    explicit CaseloadRepository(QSqlDatabase db);

    // Every case, open ones first, most recent concern first.
    std::vector<CaseSummary> allCases() const;

    // `limit` cases of `view` from the `offset`th, and how many there are. "Something missing"
    // and the flag sort compare the flag moments stored with each case with `now`; ties keep
    // the stored order. Flags themselves are for the caller to work out (rules/CaseloadFlags.h)
    // for the rows it shows.
    std::vector<CaseSummary> page(const CaseloadView& view, const QDateTime& now, int offset,
                                  int limit) const;
    qint64 count(const CaseloadView& view, const QDateTime& now) const;
    // Where a case stands in `view` (0-based), or -1 if the view leaves it out.
    qint64 positionOf(qint64 caseId, const CaseloadView& view, const QDateTime& now) const;

    // Whether any case here was started in another store (a team store): then the caseload
    // says who holds each case.
    bool holdsOthersCases() const;

    qint64 countCases() const;
    qint64 countPeople() const;
    qint64 countNotes() const;

private:
    void bringUpToDate() const;
    qint64 countRows(const QString& table) const;
    QSqlDatabase m_db;
};

} // namespace alongside::core
