#include "documents/BoardReportPdf.h"

#include "reporting/SmallNumbers.h"

#include "documents/BoardReportCanvas.h"
#include "documents/BoardReportRows.h"
#include "documents/BoardReportWording.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace alongside::core {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct BoardReportText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BoardReport)
};

const QColor kQuiet(0x40, 0x40, 0x40);

void setUpPdf(QPdfWriter& writer)
{
    writer.setResolution(300);
    writer.setTitle(BoardReportPdf::title());
    writer.setCreator(QStringLiteral("Alongside"));
}

} // namespace

BoardReportPdf::BoardReportPdf(ReportDashboard dashboard, BoardReportOptions options)
    : m_dashboard(std::move(dashboard)), m_options(std::move(options))
{}

QString BoardReportPdf::title()
{
    return BoardReportText::tr("Making Safeguarding Personal: outcome figures");
}

QString BoardReportPdf::footer() const
{
    return BoardReportText::tr("%1 · %2").arg(title(), boardreport::periodText(m_dashboard.period));
}

int BoardReportPdf::paint(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter));
    // Once to count the pages, so every footer can say "of N"; then to paint.
    BoardReportCanvas measuring(device, nullptr, footer(), 0);
    draw(measuring);
    const int pages = measuring.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    BoardReportCanvas canvas(device, &painter, footer(), pages);
    draw(canvas);
    canvas.finish();
    painter.end();
    return canvas.pageCount();
}

bool BoardReportPdf::writeTo(QIODevice& device) const
{
    {
        QPdfWriter writer(&device);
        setUpPdf(writer);
        if (paint(writer) == 0)
            return false;
    } // the writer finishes the PDF when it goes
    return device.isOpen();
}

QByteArray BoardReportPdf::bytes() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer);
        if (paint(writer) == 0)
            return {};
    }
    return pdf;
}

void BoardReportPdf::draw(BoardReportCanvas& canvas) const
{
    canvas.paragraph(title(), canvas.font(17, true));
    canvas.space(4);
    const QString board = m_options.boardName.isEmpty() ? BoardReportText::tr("the Safeguarding Adults Board")
                                                        : m_options.boardName;
    canvas.paragraph(BoardReportText::tr("A report for %1").arg(board), canvas.font(12));
    canvas.space(2);
    canvas.paragraph(boardreport::periodText(m_dashboard.period), canvas.font(12, true));
    if (m_options.preparedOn.isValid()) {
        const QString day = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(m_options.preparedOn, QStringLiteral("d MMMM yyyy"));
        canvas.paragraph(BoardReportText::tr("Prepared on %1 with Alongside.").arg(day), canvas.font(9.5),
                         kQuiet);
    }
    canvas.space(10);
    canvas.paragraph(boardreport::reflectionLine(), canvas.font(10.5));
    canvas.space(8);
    canvas.rule();

    drawOutcomeMeasure(canvas);
    for (const SacTable& table : m_dashboard.tables)
        drawTable(canvas, table);
    drawDemographics(canvas);
    drawPeoplesWords(canvas);

    canvas.space(12);
    heading(canvas, BoardReportText::tr("About these figures"), canvas.pt(30));
    canvas.paragraph(boardreport::whatIsCounted(), canvas.font(9.5), kQuiet);
    canvas.space(4);
    canvas.paragraph(BoardReportText::tr(
                         "“Service Provider” means paid or commissioned care providers; council, NHS and GP "
                         "assessment staff count as “Other”. SG2e counts only enquiries where action was "
                         "taken. SG4a’s outcomes achieved counts only enquiries where outcomes were "
                         "expressed."),
                     canvas.font(9.5), kQuiet);
}

void BoardReportPdf::heading(BoardReportCanvas& canvas, const QString& text, double keepWith) const
{
    const QFont font = canvas.font(13, true);
    canvas.keepTogether(canvas.paragraphHeight(text, font) + keepWith);
    canvas.paragraph(text, font);
    canvas.space(3);
}

QString BoardReportPdf::previousHeading() const
{
    return m_dashboard.previous ? boardreport::previousHeading(m_dashboard.previous->period) : QString();
}

void BoardReportPdf::drawRows(BoardReportCanvas& canvas, const std::vector<BoardReportRow>& rows) const
{
    for (const BoardReportRow& row : rows)
        canvas.tableRow(row);
    if (boardreport::anySmallBase(rows)) {
        canvas.space(2);
        canvas.paragraph(boardreport::smallNumbersNote(), canvas.font(9), kQuiet);
    }
}

void BoardReportPdf::drawOutcomeMeasure(BoardReportCanvas& canvas) const
{
    const OutcomeMeasure& measure = m_dashboard.outcomes;
    canvas.space(10);
    heading(canvas, BoardReportText::tr("The sector outcome measure"), canvas.pt(80));
    canvas.paragraph(
        BoardReportText::tr(
            "Whether people were asked what they wanted from safeguarding, whether they could say, "
            "whether it happened, and how it was for them, over %1.")
            .arg(measure.enquiries == 1 ? BoardReportText::tr("1 concluded section 42 enquiry")
                                        : BoardReportText::tr("%1 concluded section 42 enquiries")
                                              .arg(shownCountText(measure.enquiries))),
        canvas.font(9.5), kQuiet);
    canvas.space(4);
    canvas.tableHeader(BoardReportText::tr("Measure"), BoardReportText::tr("Number"),
                       BoardReportText::tr("%"), BoardReportText::tr("Share"), previousHeading());
    drawRows(
        canvas,
        boardreport::outcomeRows(measure, m_dashboard.previous ? &m_dashboard.previous->outcomes : nullptr));
}

void BoardReportPdf::drawTable(BoardReportCanvas& canvas, const SacTable& table) const
{
    canvas.space(12);
    const QFont quiet = canvas.font(9.5);
    const SacTable* before = nullptr;
    if (m_dashboard.previous) {
        for (const SacTable& then : m_dashboard.previous->tables) {
            if (then.key == table.key)
                before = &then;
        }
    }
    const std::vector<BoardReportRow> rows = boardreport::tableRows(table, before);
    // A table that fits on a page starts on a fresh one rather than being split.
    double height = canvas.paragraphHeight(table.counts, quiet) + canvas.pt(40);
    for (const BoardReportRow& row : rows)
        height += canvas.tableRowHeight(row);
    heading(canvas, boardreport::tableHeading(table), std::min(height, canvas.pageHeight() * 0.9));
    canvas.paragraph(table.counts, quiet, kQuiet);
    canvas.space(4);
    const int answered = boardreport::answeredBase(table);
    canvas.tableHeader(BoardReportText::tr("Category (the return's label)"), BoardReportText::tr("Enquiries"),
                       BoardReportText::tr("%"),
                       answered > 0
                           ? BoardReportText::tr("Share of the %1 with an answer recorded").arg(answered)
                           : BoardReportText::tr("Nothing recorded: no shares"),
                       previousHeading());
    drawRows(canvas, rows);
}

void BoardReportPdf::drawDemographics(BoardReportCanvas& canvas) const
{
    const SacDemographics& sg1 = m_dashboard.demographics;
    if (sg1.activity.key.isEmpty())
        return;
    canvas.space(12);
    heading(canvas, BoardReportText::tr("SG1 · Safeguarding activity and the people involved"),
            canvas.pt(80));
    canvas.paragraph(sg1.activity.counts, canvas.font(9.5), kQuiet);
    canvas.space(4);
    canvas.tableHeader(BoardReportText::tr("SG1f (the return's label)"), BoardReportText::tr("Number"),
                       QString(), QString(), previousHeading());
    drawRows(canvas,
             boardreport::activityRows(sg1.activity,
                                       m_dashboard.previous ? &m_dashboard.previous->activity : nullptr));
    canvas.space(4);
    canvas.paragraph(BoardReportText::tr("%1 adults at risk were involved, each counted once.")
                         .arg(shownCountText(sg1.individuals)),
                     canvas.font(10.5));
    for (const SacColumnsTable& table : sg1.tables) {
        canvas.space(10);
        const std::vector<BoardReportRow> rows = boardreport::columnsRows(table);
        double height = canvas.paragraphHeight(table.counts, canvas.font(9.5)) + canvas.pt(40);
        for (const BoardReportRow& row : rows)
            height += canvas.tableRowHeight(row);
        heading(canvas, BoardReportText::tr("%1 · %2").arg(table.code, table.title),
                std::min(height, canvas.pageHeight() * 0.9));
        canvas.paragraph(table.counts, canvas.font(9.5), kQuiet);
        canvas.space(4);
        canvas.tableHeader(BoardReportText::tr("Category (the return's label)"),
                           !table.countsIndividuals() ? BoardReportText::tr("s.42 enquiries")
                                                      : BoardReportText::tr("In s.42 enquiries"),
                           BoardReportText::tr("%"), BoardReportText::tr("Share of the section 42 column"));
        drawRows(canvas, rows);
    }
}

void BoardReportPdf::drawPeoplesWords(BoardReportCanvas& canvas) const
{
    canvas.space(12);
    heading(canvas, BoardReportText::tr("In their own words"), canvas.pt(60));
    canvas.paragraph(BoardReportText::tr(
                         "What people said they wanted, as they said it, with how it turned out. Names are "
                         "reduced to initials; the words may still identify someone, so please handle this "
                         "page with care."),
                     canvas.font(9.5), kQuiet);
    canvas.space(6);
    if (m_dashboard.peoplesWords.empty()) {
        canvas.paragraph(
            BoardReportText::tr(
                "No outcomes in people’s own words were recorded on the enquiries of this period."),
            canvas.font(10.5));
        return;
    }
    for (const PeoplesWords& said : m_dashboard.peoplesWords) {
        const QString outcome = said.achievement.isEmpty()
            ? BoardReportText::tr("Achieved: not recorded")
            : BoardReportText::tr("Achieved: %1").arg(said.achievement);
        canvas.wordsRow(said.initials, QStringLiteral("“%1”").arg(said.words), outcome);
    }
}

} // namespace alongside::core
