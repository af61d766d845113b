#include "caseload/CaseloadModel.h"

namespace alongside::ui {

CaseloadModel::CaseloadModel(std::function<QDate()> today, QObject* parent)
    : QAbstractTableModel(parent), m_today(std::move(today))
{}

void CaseloadModel::setCases(std::vector<core::CaseSummary> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const core::CaseSummary* CaseloadModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_cases[static_cast<std::size_t>(row)];
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    const core::CaseSummary* summary = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!summary)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Person:
            return summary->personName;
        case Reference:
            return summary->reference;
        case Stage:
            return summary->stage;
        case DaysOpen:
            return summary->daysOpen(m_today());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DaysOpen) {
        const QDate received = summary->concernReceivedOn;
        return summary->closedOn.isValid()
            ? tr("Concern received %1, closed %2")
                  .arg(QLocale().toString(received, QLocale::LongFormat),
                       QLocale().toString(summary->closedOn, QLocale::LongFormat))
            : tr("Concern received %1").arg(QLocale().toString(received, QLocale::LongFormat));
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysOpen)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case Stage:
        return tr("Stage");
    case DaysOpen:
        return tr("Days open");
    default:
        return {};
    }
}

} // namespace alongside::ui
