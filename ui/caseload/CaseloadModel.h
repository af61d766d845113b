#pragma once

#include "model/CaseSummary.h"
#include "rules/CaseloadFlags.h"
#include "storage/repositories/CaseSearch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <vector>

namespace alongside::ui {

// The caseload as a table: one row per case with its gentle flags (rules/CaseloadFlags.h)
// worked out once when the cases arrive. Holds plain values, not a database connection, so
// locking only has to drop the repository that filled it. While a search is active it also
// knows, per case, where the search matched.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Person, Reference, Stage, DaysOpen, NextAction, Flags, Match, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole, FlagCountRole };
    using Clock = std::function<QDateTime()>;

    explicit CaseloadModel(Clock now, QObject* parent = nullptr);

    void setCases(std::vector<core::CaseSummary> cases);
    const core::CaseSummary* caseAt(int row) const;
    const std::vector<core::CaseFlag>& flagsAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 if not in the caseload

    // Search: the hits from CaseSearch for `text`; an empty text ends the search.
    void setSearchResults(const QString& text, const std::vector<core::SearchHit>& hits);
    bool isSearching() const { return !m_searchText.isEmpty(); }
    const QString& searchText() const { return m_searchText; }
    bool matchesSearch(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void searchChanged();

private:
    QVariant display(const core::CaseSummary& summary, int row, int column) const;
    QVariant toolTip(const core::CaseSummary& summary, int row, int column) const;
    QVariant sortKey(const core::CaseSummary& summary, int row, int column) const;
    const std::vector<core::SearchHit>* hitsFor(qint64 caseId) const;

    Clock m_now;
    std::vector<core::CaseSummary> m_cases;
    std::vector<std::vector<core::CaseFlag>> m_flags; // parallel to m_cases
    QString m_searchText;
    QHash<qint64, std::vector<core::SearchHit>> m_hits;
};

} // namespace alongside::ui
