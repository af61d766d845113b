#include "documents/BoardReportRows.h"

#include "reporting/SmallNumbers.h"

#include "documents/BoardReportWording.h"

#include <QCoreApplication>

namespace alongside::core::boardreport {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct BoardReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BoardReport)
};

// The published rows that hold enquiries with no answer (SG3a "Not recorded", SG4a "Not Recorded").
bool isNotRecordedRow(const QString& label)
{
    return label.compare(QStringLiteral("Not recorded"), Qt::CaseInsensitive) == 0;
}

const ReportCount* rowLabelled(const SacTable* table, const QString& label)
{
    if (!table)
        return nullptr;
    for (const ReportCount& row : table->rows) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

QString countAndPercent(int count, int outOf)
{
    return share(count, outOf)
        ? BoardReportText::tr("%1 (%2)").arg(shownCountText(count), percentText(count, outOf))
        : shownCountText(count);
}

BoardReportRow shareRow(const QString& label, int count, int outOf)
{
    BoardReportRow row;
    row.label = label;
    row.count = shownCountText(count);
    row.percent = percentText(count, outOf);
    row.share = share(count, outOf);
    row.smallBase = isSmallBase(outOf);
    return row;
}

} // namespace

int answeredBase(const SacTable& table)
{
    int unanswered = table.notRecorded ? table.notRecorded->count : 0;
    bool suppressed = unanswered < 0 || table.enquiries < 0; // a small number hidden (SmallNumbers.h)
    for (const ReportCount& row : table.rows) {
        if (isNotRecordedRow(row.label)) {
            suppressed = suppressed || row.count < 0;
            unanswered += row.count;
        }
    }
    // Hidden: no base, so no percentages (and the base itself shown as hidden).
    return suppressed ? smallnumbers::kSuppressed : table.enquiries - unanswered;
}

bool anySmallBase(const std::vector<BoardReportRow>& rows)
{
    for (const BoardReportRow& row : rows) {
        if (row.smallBase)
            return true;
    }
    return false;
}

std::vector<BoardReportRow> outcomeRows(const OutcomeMeasure& measure, const OutcomeMeasure* before)
{
    std::vector<BoardReportRow> rows;
    const std::vector<ReportFraction> earlier = before ? before->lines() : std::vector<ReportFraction>();
    for (const ReportFraction& line : measure.lines()) {
        BoardReportRow row = shareRow(line.label, line.count, line.outOf);
        row.note = line.outOfLabel.isEmpty() ? QString() : BoardReportText::tr("of %1").arg(line.outOfLabel);
        row.count =
            BoardReportText::tr("%1 of %2").arg(shownCountText(line.count), shownCountText(line.outOf));
        for (const ReportFraction& then : earlier) {
            if (then.key == line.key)
                row.previous = BoardReportText::tr("%1 of %2")
                                   .arg(shownCountText(then.count), shownCountText(then.outOf))
                    + (share(then.count, then.outOf)
                           ? QStringLiteral(" (%1)").arg(percentText(then.count, then.outOf))
                           : QString());
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<BoardReportRow> tableRows(const SacTable& table, const SacTable* before)
{
    std::vector<BoardReportRow> rows;
    const int answered = answeredBase(table);
    const int answeredBefore = before ? answeredBase(*before) : 0;
    for (const ReportCount& count : table.rows) {
        const bool gap = isNotRecordedRow(count.label);
        // A gap in the record is a share of every enquiry; an answer, a share of those answered.
        BoardReportRow row = shareRow(count.label, count.count, gap ? table.enquiries : answered);
        if (gap)
            row.note = BoardReportText::tr("Not in the percentages above.");
        if (const ReportCount* then = rowLabelled(before, count.label))
            row.previous = countAndPercent(then->count, gap ? before->enquiries : answeredBefore);
        rows.push_back(row);
    }
    BoardReportRow total;
    total.label = BoardReportText::tr("Total");
    total.count = shownCountText(table.total);
    total.emphasised = true;
    if (before)
        total.previous = shownCountText(before->total);
    rows.push_back(total);
    if (table.manyPerEnquiry && table.total != answered) {
        BoardReportRow enquiries;
        enquiries.label = BoardReportText::tr("Enquiries with one recorded");
        enquiries.note = BoardReportText::tr("An enquiry can count in more than one row.");
        enquiries.count = shownCountText(answered);
        rows.push_back(enquiries);
    }
    if (!table.ofWhich.empty()) {
        // SG3a: of the "Yes, they lacked capacity" enquiries, who supported them.
        const int yes = table.rows.empty() ? 0 : table.rows.front().count;
        BoardReportRow heading;
        heading.label = ofWhichHeading(table);
        heading.emphasised = true;
        rows.push_back(heading);
        for (const ReportCount& part : table.ofWhich) {
            BoardReportRow row = shareRow(ofWhichLabel(table, part.label), part.count, yes);
            row.indented = true;
            rows.push_back(row);
        }
    }
    if (table.notRecorded) {
        BoardReportRow row = shareRow(table.notRecorded->label.isEmpty() ? BoardReportText::tr("Not recorded")
                                                                         : table.notRecorded->label,
                                      table.notRecorded->count, table.enquiries);
        row.note = notRecordedNote();
        if (before && before->notRecorded)
            row.previous = countAndPercent(before->notRecorded->count, before->enquiries);
        rows.push_back(row);
    }
    return rows;
}

std::vector<BoardReportRow> columnsRows(const SacColumnsTable& table)
{
    std::vector<BoardReportRow> rows;
    if (table.byColumn.size() < 3)
        return rows;
    const SacTable& concerns = table.byColumn[0];
    const SacTable& section42 = table.byColumn[1];
    const SacTable& other = table.byColumn[2];
    for (std::size_t i = 0; i < section42.rows.size(); ++i) {
        BoardReportRow row = shareRow(section42.rows[i].label, section42.rows[i].count, section42.total);
        row.note = BoardReportText::tr("Concerns: %1 · other enquiries: %2")
                       .arg(shownCountText(concerns.rows[i].count), shownCountText(other.rows[i].count));
        rows.push_back(row);
    }
    BoardReportRow total;
    total.label = BoardReportText::tr("Total");
    total.count = shownCountText(section42.total);
    total.note = BoardReportText::tr("Concerns: %1 · other enquiries: %2")
                     .arg(shownCountText(concerns.total), shownCountText(other.total));
    total.emphasised = true;
    rows.push_back(total);
    const auto beside = [&](const ReportCount& s42, const ReportCount& inConcerns,
                            const ReportCount& inOther) {
        BoardReportRow row;
        row.label = s42.label;
        row.count = shownCountText(s42.count);
        row.note = BoardReportText::tr("Beside the return's rows. Concerns: %1 · other enquiries: %2")
                       .arg(shownCountText(inConcerns.count), shownCountText(inOther.count));
        row.indented = true;
        rows.push_back(row);
    };
    if (section42.notRecorded && concerns.notRecorded && other.notRecorded)
        beside(*section42.notRecorded, *concerns.notRecorded, *other.notRecorded);
    for (std::size_t i = 0; i < concerns.ofWhich.size(); ++i) {
        const ReportCount none{concerns.ofWhich[i].label, 0, {}};
        beside(i < section42.ofWhich.size() ? section42.ofWhich[i] : none, concerns.ofWhich[i],
               i < other.ofWhich.size() ? other.ofWhich[i] : none);
    }
    return rows;
}

std::vector<BoardReportRow> activityRows(const SacTable& activity, const SacTable* before)
{
    std::vector<BoardReportRow> rows;
    for (const ReportCount& count : activity.rows) {
        BoardReportRow row;
        row.label = count.label;
        row.count = shownCountText(count.count);
        if (const ReportCount* then = rowLabelled(before, count.label))
            row.previous = shownCountText(then->count);
        rows.push_back(row);
    }
    return rows;
}

} // namespace alongside::core::boardreport
