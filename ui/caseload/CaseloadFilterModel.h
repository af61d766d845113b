#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace alongside::ui {

class CaseloadModel;

// What the caseload table shows: every case, open ones, those with something missing, or
// closed ones — narrowed further to the cases a search found — in the order the practitioner
// sorted by. Until a column is chosen, the repository's order stands (open first, newest first).
class CaseloadFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Show { All, Open, SomethingMissing, Closed };

    explicit CaseloadFilterModel(CaseloadModel* caseload, QObject* parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    // Only these cases (and of them, what Show says): the cases behind a number on the
    // outcome figures.
    void limitTo(const QSet<qint64>& caseIds);
    void clearLimit();
    bool isLimited() const { return m_limited; }
    qint64 caseIdAt(int row) const; // 0 if no such row
    int rowOf(qint64 caseId) const; // -1 if filtered out

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CaseloadModel* m_caseload;
    Show m_show = Show::All;
    bool m_limited = false;
    QSet<qint64> m_limit;
};

} // namespace alongside::ui
