#pragma once

#include "reporting/ReportDashboard.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace alongside::core {

class BoardReportCanvas;
struct BoardReportRow;

// Beyond the figures themselves: who the report is for and when it was made.
struct BoardReportOptions {
    QString boardName; // "Anytown Safeguarding Adults Board"; empty: "the Safeguarding Adults Board"
    QDate preparedOn;  // null: not stated
};

// The printable report for the Safeguarding Adults Board: title and period, the sector outcome
// measure, every SAC table with its published labels, counts, percentages and a bar for each
// (drawn as vectors), the people's own words (initials only), and a note on what is counted.
// A4 portrait, "Page n of N" on every page. Text stays text (extractable, searchable) and the
// fonts are embedded. Needs a QGuiApplication; safe off the UI thread (it paints
// only on the device it is given).
class BoardReportPdf {
public:
    explicit BoardReportPdf(ReportDashboard dashboard, BoardReportOptions options = {});

    // Paints onto any paged device (a QPdfWriter, or a QPrinter for a print preview) and sets
    // its page to A4 portrait. Returns the page count, or 0 if painting could not start.
    int paint(QPagedPaintDevice& device) const;
    // Writes the PDF file. Returns an empty string on success, else a plain error message.
    QString write(const QString& path) const;
    // The PDF as bytes (tests, the bench). Empty on failure.
    QByteArray bytes() const;

    static QString title();

private:
    void draw(BoardReportCanvas& canvas) const;
    void drawOutcomeMeasure(BoardReportCanvas& canvas) const;
    void drawTable(BoardReportCanvas& canvas, const SacTable& table) const;
    static std::vector<BoardReportRow> tableRows(const SacTable& table);
    void drawPeoplesWords(BoardReportCanvas& canvas) const;
    void heading(BoardReportCanvas& canvas, const QString& text, double keepWith) const;
    QString footer() const;

    ReportDashboard m_dashboard;
    BoardReportOptions m_options;
};

} // namespace alongside::core
