#include "caseload/CaseloadFilterModel.h"

#include "caseload/CaseloadModel.h"

namespace alongside::ui {

CaseloadFilterModel::CaseloadFilterModel(CaseloadModel* caseload, QObject* parent)
    : QSortFilterProxyModel(parent), m_caseload(caseload)
{
    setSourceModel(m_caseload);
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    connect(m_caseload, &CaseloadModel::searchChanged, this, [this] { invalidateFilter(); });
}

void CaseloadFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void CaseloadFilterModel::limitTo(const QSet<qint64>& caseIds)
{
    m_limited = true;
    m_limit = caseIds;
    invalidateFilter();
}

void CaseloadFilterModel::clearLimit()
{
    if (!m_limited)
        return;
    m_limited = false;
    m_limit.clear();
    invalidateFilter();
}

qint64 CaseloadFilterModel::caseIdAt(int row) const
{
    return index(row, 0).data(CaseloadModel::CaseIdRole).toLongLong();
}

int CaseloadFilterModel::rowOf(qint64 caseId) const
{
    const int sourceRow = m_caseload->rowOf(caseId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_caseload->index(sourceRow, 0)).row();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* summary = m_caseload->caseAt(sourceRow);
    if (!summary || !m_caseload->matchesSearch(sourceRow))
        return false;
    if (m_limited && !m_limit.contains(summary->caseId))
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Open:
        return !summary->isClosed();
    case Show::SomethingMissing:
        return !m_caseload->flagsAt(sourceRow).empty();
    case Show::Closed:
        return summary->isClosed();
    }
    return true;
}

} // namespace alongside::ui
