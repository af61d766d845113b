#include "reporting/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

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
    return QString::number(value);
}

QString percent(const ReportFraction& fraction)
{
    return fraction.outOf > 0 ? QString::number(fraction.percent(), 'f', 1) : QString();
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
    rows.push_back({table.code + QStringLiteral(": ") + table.title, CsvWriterText::tr("Enquiries")});
    for (const ReportCount& row : table.rows)
        rows.push_back({row.label, number(row.count)});
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

QStringList CsvWriter::writeAll(const QString& folder, const std::vector<SacTable>& tables,
                                const OutcomeMeasure& measure, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QStringList();
    };
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(CsvWriterText::tr("Could not create the folder %1.").arg(folder));
    std::vector<std::pair<QString, QByteArray>> files;
    for (const SacTable& table : tables)
        files.emplace_back(table.key + QStringLiteral(".csv"), CsvWriter::table(table));
    files.emplace_back(QStringLiteral("outcome-measure.csv"), outcomeMeasure(measure));
    QStringList written;
    for (const auto& [name, content] : files) {
        const QString path = dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            return fail(CsvWriterText::tr("Could not write %1: %2").arg(path, file.errorString()));
        written << path;
    }
    return written;
}

} // namespace alongside::core
