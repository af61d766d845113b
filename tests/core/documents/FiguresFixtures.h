#pragma once

#include "reporting/ReportPeriod.h"

#include <QSqlDatabase>

namespace alongside::test {

// Hand-counted enquiries for the outcome figures, written through CaseRepository. In
// figuresYear() (1 April 2025 to 2 March 2026) three concluded s.42 enquiries count:
//   nora  Financial or Material Abuse + Psychological Abuse; In the Community; Other – Known to
//         Individual; Risk identified and action taken → Risk reduced; asked, outcomes expressed;
//         her own outcome Partially Achieved (an advocate's outcome beside it)
//   bill  Physical Abuse; Own Home; Service Provider; Risk identified and action taken → Risk
//         removed; asked, no outcomes expressed
//   cath  Physical Abuse + Neglect and Acts of Omission; Care Home – Residential; Service
//         Provider; No risk identified and no action taken; not asked ("No")
// and three do not: an open enquiry, a closed "other enquiry", and one concluded the year before.
struct FiguresCases {
    qint64 nora = 0;
    qint64 bill = 0;
    qint64 cath = 0;
    qint64 stillOpen = 0;
    qint64 otherEnquiry = 0;
    qint64 yearBefore = 0;
};

FiguresCases writeFiguresCases(const QSqlDatabase& db);
core::ReportPeriod figuresYear();

} // namespace alongside::test
