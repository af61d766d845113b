#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace alongside::core {

// Pictogram ids used by the builder (stable; also the file names a council uses for its own
// pictures). Alongside's own set is in resources/pictograms/, embedded in alongside_documents.
namespace pictogram {
inline constexpr const char* PractitionerPhoto =
    "practitioner-photo"; // the letter's picture, else "care-worker"
} // namespace pictogram

// Finds and draws pictograms: a council's folder first (id.svg, then id.png), then ours.
class Pictograms {
public:
    explicit Pictograms(QString councilFolder = {});

    // Every id in Alongside's own set, sorted (for the editor's picture chooser).
    static QStringList ids();
    // Plain words for screen readers and the picture chooser ("A tick: it happened").
    static QString altText(const QString& id);

    // SVG bytes for an id: the council's SVG if any, else ours; empty if neither has it
    // (a council PNG is not SVG: use image()).
    QByteArray svg(const QString& id) const;
    // A raster for screens (thumbnails in the editor). Null if unknown.
    QImage image(const QString& id, const QSize& size) const;
    // Draws the pictogram fitted into `box`, keeping its aspect ratio; SVG stays vector on a
    // PDF device. Returns false (draws nothing) if the id is unknown.
    bool paint(QPainter& painter, const QString& id, const QRectF& box) const;

private:
    QString m_councilFolder;
};

// Loads Andika (SIL, OFL) from the embedded resources once and returns its family name, so
// letters look the same on every machine. Needs a QGuiApplication.
QString easyReadFontFamily();

} // namespace alongside::core
