#include "caseload/CaseloadFilterModel.h"

#include "caseload/CaseloadModel.h"

namespace alongside::ui {

namespace {

CaseloadModel::Show toModel(CaseloadFilterModel::Show show)
{
    switch (show) {
    case CaseloadFilterModel::Show::All:
        return CaseloadModel::Show::All;
    case CaseloadFilterModel::Show::Open:
        return CaseloadModel::Show::Open;
    case CaseloadFilterModel::Show::SomethingMissing:
        return CaseloadModel::Show::SomethingMissing;
    case CaseloadFilterModel::Show::Closed:
        return CaseloadModel::Show::Closed;
    }
    return CaseloadModel::Show::All;
}

} // namespace

CaseloadFilterModel::CaseloadFilterModel(CaseloadModel* caseload, QObject* parent)
    : QIdentityProxyModel(parent), m_caseload(caseload)
{
    setSourceModel(m_caseload);
}

void CaseloadFilterModel::setShow(Show show)
{
    m_caseload->setShow(toModel(show));
}

CaseloadFilterModel::Show CaseloadFilterModel::show() const
{
    switch (m_caseload->show()) {
    case CaseloadModel::Show::All:
        return Show::All;
    case CaseloadModel::Show::Open:
        return Show::Open;
    case CaseloadModel::Show::SomethingMissing:
        return Show::SomethingMissing;
    case CaseloadModel::Show::Closed:
        return Show::Closed;
    }
    return Show::All;
}

void CaseloadFilterModel::limitTo(const QSet<qint64>& caseIds)
{
    m_caseload->limitTo(caseIds);
}

void CaseloadFilterModel::clearLimit()
{
    m_caseload->limitTo(std::nullopt);
}

bool CaseloadFilterModel::isLimited() const
{
    return m_caseload->isLimited();
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

} // namespace alongside::ui
