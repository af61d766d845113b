#include "CliArguments.h"
#include "CliText.h"
#include "ReportCommand.h"

#include <QDate>

namespace alongside::cli {

namespace {

// Exactly yyyy-mm-dd, and a day that exists (no 2025-02-30).
bool isRealDay(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

QString checkReportArguments(const CliArguments& a)
{
    // --to is also bundle make's recipient.
    const bool hasReportOptions = !a.reportFrom.isEmpty()
        || (!a.reportTo.isEmpty() && a.command != Command::Bundle) || !a.csvFolder.isEmpty()
        || !a.pdfPath.isEmpty();
    if (a.command != Command::Report)
        return hasReportOptions
            ? CliText::tr("--from, --to, --csv and --pdf apply to the report command only")
            : QString();
    if (a.reportKind != u"sac" && a.reportKind != u"outcomes")
        return CliText::tr("report needs what to report: report sac or report outcomes");
    if (a.reportFrom.isEmpty() || a.reportTo.isEmpty())
        return CliText::tr("report needs the period: --from DATE --to DATE (yyyy-mm-dd, both days included)");
    // Only dates are repeated back, and only once they are known to be dates.
    if (!isRealDay(a.reportFrom))
        return CliText::tr("--from is not a real day; give it as yyyy-mm-dd, e.g. 2025-04-01");
    if (!isRealDay(a.reportTo))
        return CliText::tr("--to is not a real day; give it as yyyy-mm-dd, e.g. 2026-03-31");
    if (QDate::fromString(a.reportFrom, Qt::ISODate) > QDate::fromString(a.reportTo, Qt::ISODate))
        return CliText::tr("--from (%1) is after --to (%2)").arg(a.reportFrom, a.reportTo);
    if (a.reportKind == u"outcomes" && (!a.csvFolder.isEmpty() || !a.pdfPath.isEmpty()))
        return CliText::tr("--csv and --pdf apply to report sac (which includes the outcome measure)");
    return {};
}

} // namespace alongside::cli
