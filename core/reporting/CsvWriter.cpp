#include "reporting/CsvWriter.h"

#include "reporting/SmallNumbers.h"

#include <QCoreApplication>

namespace alongside::core {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct CsvWriterText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CsvWriter)
};

const QByteArray kLineEnd = QByteArrayLiteral("\r\n");
const QByteArray kByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray field(const QString& value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r');
    if (!quote)
        return value.toUtf8();
    QString doubled = value;
    doubled.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + doubled.toUtf8() + '"';
}

QByteArray lines(const std::vector<QStringList>& rows)
{
    QByteArray out = kByteOrderMark;
    for (const QStringList& row : rows)
        out += CsvWriter::line(row) + kLineEnd;
    return out;
}

QString number(int value)
{
    return shownCountText(value); // "[c]" where the Board's figures suppress a small number
}

QString percent(const ReportFraction& fraction)
{
    return fraction.hasPercent() ? QString::number(fraction.percent(), 'f', 1) : QString();
}

} // namespace

QByteArray CsvWriter::line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    return out;
}

QByteArray CsvWriter::table(const SacTable& table)
{
    std::vector<QStringList> rows;
    // SG1f counts concerns as well as enquiries.
    const QString what = table.code.startsWith(QStringLiteral("SG1")) ? CsvWriterText::tr("Number")
                                                                      : CsvWriterText::tr("Enquiries");
    rows.push_back({table.code + QStringLiteral(": ") + table.title, what});
    for (const ReportCount& row : table.rows)
        rows.push_back({row.label, number(row.count)});
    // SG1f's rows are the return's three totals. Their sum would count a concern that became an
    // enquiry twice, so it is not written: an analyst copying the file could take it for a figure.
    if (table.code != QStringLiteral("SG1f"))
        rows.push_back({CsvWriterText::tr("Total"), number(table.total)});
    for (const ReportCount& row : table.ofWhich)
        rows.push_back({row.label, number(row.count)});
    if (table.notRecorded)
        rows.push_back(
            {CsvWriterText::tr("Not recorded (not a published row)"), number(table.notRecorded->count)});
    return lines(rows);
}

QByteArray CsvWriter::outcomeMeasure(const OutcomeMeasure& measure)
{
    std::vector<QStringList> rows;
    rows.push_back({CsvWriterText::tr("Measure"), CsvWriterText::tr("Number"), CsvWriterText::tr("Out of"),
                    CsvWriterText::tr("Per cent"), CsvWriterText::tr("Out of what")});
    rows.push_back({CsvWriterText::tr("Concluded s.42 enquiries"), number(measure.enquiries), {}, {}, {}});
    for (const ReportFraction& line : measure.lines())
        rows.push_back({line.label, number(line.count), number(line.outOf), percent(line), line.outOfLabel});
    return lines(rows);
}

QByteArray CsvWriter::peoplesWords(const std::vector<PeoplesWords>& words)
{
    std::vector<QStringList> rows;
    rows.push_back({CsvWriterText::tr("Initials"), CsvWriterText::tr("What they wanted, in their words"),
                    CsvWriterText::tr("Achieved"), CsvWriterText::tr("Closed on")});
    for (const PeoplesWords& row : words)
        rows.push_back({row.initials, row.words, row.achievement, row.closedOn.toString(Qt::ISODate)});
    return lines(rows);
}

QByteArray CsvWriter::columnsTable(const SacColumnsTable& table)
{
    std::vector<QStringList> rows;
    rows.push_back(QStringList{table.code + QStringLiteral(": ") + table.title} + table.columns);
    const auto across = [&table](const QString& label, const auto& numberIn) {
        QStringList row{label};
        for (const SacTable& column : table.byColumn)
            row << number(numberIn(column));
        return row;
    };
    for (std::size_t i = 0; i < (table.byColumn.empty() ? 0 : table.byColumn.front().rows.size()); ++i)
        rows.push_back(across(table.byColumn.front().rows[i].label,
                              [i](const SacTable& column) { return column.rows[i].count; }));
    rows.push_back(across(CsvWriterText::tr("Total"), [](const SacTable& column) { return column.total; }));
    const SacTable& first = table.byColumn.front();
    if (first.notRecorded)
        rows.push_back(across(first.notRecorded->label + CsvWriterText::tr(" (not a published row)"),
                              [](const SacTable& column) { return column.notRecorded->count; }));
    for (std::size_t i = 0; i < first.ofWhich.size(); ++i)
        rows.push_back(across(first.ofWhich[i].label, [i](const SacTable& column) {
            return i < column.ofWhich.size() ? column.ofWhich[i].count : 0;
        }));
    return lines(rows);
}

std::vector<std::pair<QString, QByteArray>> CsvWriter::files(const SacDemographics& demographics,
                                                             const std::vector<SacTable>& tables,
                                                             const OutcomeMeasure& measure)
{
    std::vector<std::pair<QString, QByteArray>> files;
    for (const SacColumnsTable& sg1 : demographics.tables)
        files.emplace_back(sg1.key + QStringLiteral(".csv"), columnsTable(sg1));
    if (!demographics.activity.key.isEmpty())
        files.emplace_back(demographics.activity.key + QStringLiteral(".csv"), table(demographics.activity));
    for (const SacTable& sac : tables)
        files.emplace_back(sac.key + QStringLiteral(".csv"), table(sac));
    files.emplace_back(QStringLiteral("outcome-measure.csv"), outcomeMeasure(measure));
    return files;
}

} // namespace alongside::core
