#pragma once

#include <QIdentityProxyModel>
#include <QSet>

namespace alongside::ui {

class CaseloadModel;

// What the caseload table shows: every case, open ones, those with something missing, or
// closed ones — narrowed further to the cases a search found — in the order the practitioner
// sorted by. Until a column is chosen, the repository's order stands (open first, newest first).
// The choosing is done by the repository over the caseload's summary rows (CaseloadModel asks
// it a page at a time), so this proxy only passes the choices on: a filter or sort here would
// see only the rows read so far.
class CaseloadFilterModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    enum class Show { All, Open, SomethingMissing, Closed };

    explicit CaseloadFilterModel(CaseloadModel* caseload, QObject* parent = nullptr);

    void setShow(Show show);
    Show show() const;
    // Only these cases (and of them, what Show says): the cases behind a number on the
    // outcome figures.
    void limitTo(const QSet<qint64>& caseIds);
    void clearLimit();
    bool isLimited() const;
    qint64 caseIdAt(int row) const; // 0 if no such row
    int rowOf(qint64 caseId) const; // -1 if filtered out

private:
    CaseloadModel* m_caseload;
};

} // namespace alongside::ui
