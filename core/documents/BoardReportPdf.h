#pragma once

#include "reporting/ReportDashboard.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

class QIODevice;
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
// measure (with the closing experience questions), every SAC table with its labels, counts,
// percentages and a bar for each (drawn as vectors), SG1, the people's own words (initials
// only), and a note on what is counted; beside each figure, the period before's where the
// dashboard has it (ReportRepository::boardReport). Small numbers are marked.
// A4 portrait, "Page n of N" on every page. Text stays text (extractable, searchable) and the
// fonts are embedded. Needs a QGuiApplication; safe off the UI thread (it paints
// only on the device it is given).
class BoardReportPdf {
public:
    explicit BoardReportPdf(ReportDashboard dashboard, BoardReportOptions options = {});

    // Paints onto any paged device (a QPdfWriter, or a QPrinter for a print preview) and sets
    // its page to A4 portrait. Returns the page count, or 0 if painting could not start.
    int paint(QPagedPaintDevice& device) const;
    // Writes the PDF onto `device` (a file is written through core/application/ReportFiles.h,
    // never opened here). Returns false if it could not be drawn.
    bool writeTo(QIODevice& device) const;
    // The PDF as bytes (tests, the bench). Empty on failure.
    QByteArray bytes() const;

    static QString title();

private:
    void draw(BoardReportCanvas& canvas) const;
    void drawOutcomeMeasure(BoardReportCanvas& canvas) const;
    void drawTable(BoardReportCanvas& canvas, const SacTable& table) const;
    void drawDemographics(BoardReportCanvas& canvas) const; // SG1
    void drawRows(BoardReportCanvas& canvas, const std::vector<BoardReportRow>& rows) const;
    QString previousHeading() const; // empty when the report has no period before
    void drawPeoplesWords(BoardReportCanvas& canvas) const;
    void heading(BoardReportCanvas& canvas, const QString& text, double keepWith) const;
    QString footer() const;

    ReportDashboard m_dashboard;
    BoardReportOptions m_options;
};

} // namespace alongside::core
