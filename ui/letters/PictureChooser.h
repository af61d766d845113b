#pragma once

#include <QByteArray>
#include <QToolButton>

namespace alongside::ui {

// The picture on the left of a block. Clicking it (or Space) offers the whole set, each with
// its plain-words description, and "No picture". The practitioner's own picture stands in
// for "practitioner-photo" where they have given one.
class PictureChooser : public QToolButton {
    Q_OBJECT

public:
    PictureChooser(const QString& pictogram, const QByteArray& practitionerPicture,
                   QWidget* parent = nullptr);

    QString pictogram() const { return m_pictogram; }
    void choose(const QString& pictogram);

    // The picture as the editor shows it (also used for the menu's icons).
    static QPixmap thumbnail(const QString& pictogram, const QByteArray& practitionerPicture, int side);

signals:
    void pictureChosen(const QString& pictogram);

private:
    void fillMenu();
    void showPicture();

    QString m_pictogram;
    QByteArray m_practitionerPicture;
};

} // namespace alongside::ui
