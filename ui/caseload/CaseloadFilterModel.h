#pragma once

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
    qint64 caseIdAt(int row) const; // 0 if no such row
    int rowOf(qint64 caseId) const; // -1 if filtered out

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CaseloadModel* m_caseload;
    Show m_show = Show::All;
};

} // namespace alongside::ui
