#pragma once

#include "model/CaseSummary.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>
#include <vector>

namespace alongside::ui {

// The caseload as a table. Holds plain CaseSummary values, not a database connection, so
// locking only has to drop the repository that filled it.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Person, Reference, Stage, DaysOpen, ColumnCount };

    explicit CaseloadModel(std::function<QDate()> today, QObject* parent = nullptr);

    void setCases(std::vector<core::CaseSummary> cases);
    const core::CaseSummary* caseAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<QDate()> m_today;
    std::vector<core::CaseSummary> m_cases;
};

} // namespace alongside::ui
