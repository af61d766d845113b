#pragma once

#include "model/CaseSummary.h"
#include "rules/CaseloadFlags.h"
#include "storage/repositories/CaseSearch.h"
#include "storage/repositories/CaseloadRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace alongside::ui {

// The caseload as a table: one row per case with its gentle flags (rules/CaseloadFlags.h).
// It holds a page or a few of the cases, not all of them: which cases and in what order (Show,
// the column sorted by, the cases a search or a figure found) is answered by the repository
// from the caseload's summary rows, and further pages arrive as the table scrolls
// (canFetchMore/fetchMore), so a team store of 50,000 cases opens on its first screen without
// reading every case. Flags are worked out for the rows it holds. While a search is active it
// also knows, per case, where the search matched.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Person, Reference, HeldBy, Stage, DaysOpen, NextAction, Flags, Match, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole, FlagCountRole };
    using Clock = std::function<QDateTime()>;
    using Show = core::CaseloadView::Show;
    static constexpr int kPageRows = 100;

    explicit CaseloadModel(Clock now, QObject* parent = nullptr);

    // Where the cases come from; reads the first page again. No repository: no cases.
    void setRepository(std::optional<core::CaseloadRepository> repository);
    // Reads the first page again (after a write), keeping what is shown and how it is sorted.
    void refresh();

    void setShow(Show show);
    Show show() const { return m_view.show; }
    // Only these cases (the cases behind a number on the outcome figures); nullopt: every case.
    void limitTo(std::optional<QSet<qint64>> caseIds);
    bool isLimited() const { return m_limit.has_value(); }

    const core::CaseSummary* caseAt(int row) const;
    const std::vector<core::CaseFlag>& flagsAt(int row) const;
    // The row of a case in what is shown, reading further pages to reach it; -1 if not shown.
    int rowOf(qint64 caseId);
    // How many cases what is shown holds (rowCount() is how many have been read so far), and
    // how many the store holds whatever is shown.
    qint64 shownCount() const { return m_shown; }
    qint64 storeCount() const { return m_inStore; }
    // Whether any case here came from a colleague's store (a team store): "Held by" is shown.
    bool holdsOthersCases() const { return m_holdsOthersCases; }
    // A case's summary and flags whether or not it is shown (the open case's overview).
    std::optional<std::pair<core::CaseSummary, std::vector<core::CaseFlag>>> summaryOf(qint64 caseId) const;

    // Search: the hits from CaseSearch for `text`; an empty text ends the search.
    void setSearchResults(const QString& text, const std::vector<core::SearchHit>& hits);
    bool isSearching() const { return !m_searchText.isEmpty(); }
    const QString& searchText() const { return m_searchText; }
    bool matchesSearch(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorting is the repository's (an index per column), not a sort of the rows read so far.
    // A column of -1 goes back to the stored order: open first, most recent concern first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void searchChanged();

private:
    void reload();
    void append(std::vector<core::CaseSummary> cases);
    core::CaseloadView effectiveView() const;
    QVariant display(const core::CaseSummary& summary, int row, int column) const;
    QVariant toolTip(const core::CaseSummary& summary, int row, int column) const;
    QVariant sortKey(const core::CaseSummary& summary, int row, int column) const;
    const std::vector<core::SearchHit>* hitsFor(qint64 caseId) const;

    Clock m_now;
    std::optional<core::CaseloadRepository> m_repository;
    core::CaseloadView m_view; // show and sort; the limit and search are added to it
    std::optional<QSet<qint64>> m_limit;
    qint64 m_shown = 0;
    qint64 m_inStore = 0;
    bool m_holdsOthersCases = false;
    std::vector<core::CaseSummary> m_cases;
    std::vector<std::vector<core::CaseFlag>> m_flags; // parallel to m_cases
    QString m_searchText;
    QHash<qint64, std::vector<core::SearchHit>> m_hits;
};

} // namespace alongside::ui
