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
    if (outOf <= 0 || count < 0) // nothing to take a share of, or a suppressed number (SmallNumbers.h)
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
        "What is counted: SG1 counts the concerns raised and the enquiries begun in the period, and the "
        "adults at risk involved, each person once. Every other table counts the section 42 enquiries "
        "concluded in the period, per enquiry, as the Safeguarding Adults Collection counts them: an "
        "enquiry with two types, locations or sources of risk counts once in each, so those tables' rows "
        "can add up to more than their enquiries. Categories use the return's own labels. Percentages are "
        "of the enquiries with an answer recorded; answers that were never recorded are shown on a line "
        "of their own, never counted as a “no”.");
}

QString ofWhichHeading(const SacTable& table)
{
    if (table.key == QStringLiteral("SG3a"))
        return BoardReportText::tr(
            "Of the enquiries recorded as “Yes, they lacked capacity”: was an advocate, "
            "family member or friend supporting them?");
    return BoardReportText::tr("Of which");
}

QString ofWhichLabel(const SacTable& table, const QString& label)
{
    if (table.key != QStringLiteral("SG3a"))
        return label;
    for (std::size_t i = 0; i < table.ofWhich.size(); ++i) {
        if (table.ofWhich[i].label != label)
            continue;
        switch (i) {
        case 0:
            return BoardReportText::tr("Yes, supported (the return's row)");
        case 1:
            return BoardReportText::tr("No, not supported");
        default:
            return BoardReportText::tr("Not recorded");
        }
    }
    return label;
}

bool isSmallBase(int outOf)
{
    return outOf > 0 && outOf < kSmallBase;
}

QString smallNumbersNote()
{
    return BoardReportText::tr(
               "* Fewer than %1 enquiries: one enquiry moves this percentage by ten points or "
               "more (20% can be 1 of 5). Read the numbers before the percentage.")
        .arg(kSmallBase);
}

QString previousHeading(const ReportPeriod& period)
{
    return BoardReportText::tr("Previous period (%1)").arg(periodText(period));
}

QString notRecordedNote()
{
    return BoardReportText::tr("Beside the published categories, not one of them");
}

} // namespace alongside::core::boardreport
