#include "documents/BoardReportWording.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace alongside::core::boardreport {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct BoardReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BoardReport)
};

QString longDay(const QDate& day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString periodText(const ReportPeriod& period)
{
    return BoardReportText::tr("%1 to %2").arg(longDay(period.from), longDay(period.to));
}

ReportPeriod lastFinancialYear(const QDate& today)
{
    // The reporting year of the Safeguarding Adults Collection runs 1 April to 31 March.
    const int endYear = today.month() >= 4 ? today.year() : today.year() - 1;
    return {QDate(endYear - 1, 4, 1), QDate(endYear, 3, 31)};
}

ReportPeriod financialYearSoFar(const QDate& today)
{
    const int startYear = today.month() >= 4 ? today.year() : today.year() - 1;
    return {QDate(startYear, 4, 1), today};
}

std::optional<double> share(int count, int outOf)
{
    if (outOf <= 0)
        return std::nullopt;
    return double(count) / outOf;
}

QString percentText(int count, int outOf)
{
    const std::optional<double> part = share(count, outOf);
    if (!part)
        return QStringLiteral("–");
    const double percent = *part * 100.0;
    if (percent > 0 && percent < 0.5)
        return BoardReportText::tr("under 1%");
    return BoardReportText::tr("%1%").arg(std::lround(percent));
}

QString tableHeading(const SacTable& table)
{
    return BoardReportText::tr("%1 · %2").arg(table.code, table.title);
}

QString reflectionLine()
{
    return BoardReportText::tr(
        "These figures are here to help us reflect on what people wanted from safeguarding and "
        "whether it happened. They are not a league table: they do not rank teams or practitioners, "
        "and every number opens onto people's own stories.");
}

QString whatIsCounted()
{
    return BoardReportText::tr(
        "What is counted: section 42 enquiries concluded in the period, counted per enquiry as the "
        "Safeguarding Adults Collection counts them. An enquiry with two types of risk counts once "
        "in each, so a table's rows can add up to more than its enquiries. Categories use the "
        "published SAC labels. Percentages are of the enquiries each table counts. Answers that "
        "were never recorded are shown, not left out.");
}

QString ofWhichHeading(const SacTable& table)
{
    if (table.key == QStringLiteral("SG3a"))
        return BoardReportText::tr(
            "Of those who lacked capacity: supported by an advocate, family or friend");
    return BoardReportText::tr("Of which");
}

QString notRecordedNote()
{
    return BoardReportText::tr("Beside the published categories, not one of them");
}

} // namespace alongside::core::boardreport
