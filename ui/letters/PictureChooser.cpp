#include "letters/PictureChooser.h"

#include "documents/Pictograms.h"

#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace alongside::ui {

namespace {
constexpr int kSide = 80;     // big enough to recognise at a glance, as on the page
constexpr int kMenuSide = 32; // the set, in the menu
} // namespace

PictureChooser::PictureChooser(const QString& pictogram, const QByteArray& practitionerPicture,
                               QWidget* parent)
    : QToolButton(parent), m_pictogram(pictogram), m_practitionerPicture(practitionerPicture)
{
    setObjectName(QStringLiteral("blockPicture"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    setIconSize(QSize(kSide, kSide));
    setFocusPolicy(Qt::StrongFocus);
    setAutoRaise(false);
    setMenu(new QMenu(this));
    fillMenu();
    showPicture();
}

QPixmap PictureChooser::thumbnail(const QString& pictogram, const QByteArray& practitionerPicture, int side)
{
    QImage image;
    if (pictogram == QLatin1String(core::pictogram::PractitionerPhoto) && !practitionerPicture.isEmpty())
        image = QImage::fromData(practitionerPicture);
    if (image.isNull() && !pictogram.isEmpty())
        image = core::Pictograms().image(pictogram, QSize(side, side));
    if (image.isNull() && pictogram == QLatin1String(core::pictogram::PractitionerPhoto))
        image = core::Pictograms().image(QStringLiteral("care-worker"), QSize(side, side)); // as printed
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::white); // pictures are drawn for white paper
    if (!image.isNull()) {
        const QImage fitted = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPainter painter(&pixmap);
        painter.drawImage((side - fitted.width()) / 2, (side - fitted.height()) / 2, fitted);
    }
    return pixmap;
}

void PictureChooser::choose(const QString& pictogram)
{
    if (pictogram == m_pictogram)
        return;
    m_pictogram = pictogram;
    showPicture();
    emit pictureChosen(pictogram);
}

void PictureChooser::fillMenu()
{
    QMenu* set = menu();
    set->setObjectName(QStringLiteral("pictureSet"));
    for (const QString& id : core::Pictograms::ids()) {
        QAction* action = set->addAction(QIcon(thumbnail(id, m_practitionerPicture, kMenuSide)),
                                         core::Pictograms::altText(id));
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { choose(id); });
    }
    set->addSeparator();
    QAction* none = set->addAction(tr("No picture"));
    connect(none, &QAction::triggered, this, [this] { choose(QString()); });
}

void PictureChooser::showPicture()
{
    setIcon(QIcon(thumbnail(m_pictogram, m_practitionerPicture, kSide)));
    const QString described = m_pictogram.isEmpty() ? tr("No picture")
                                                    : core::Pictograms::altText(m_pictogram);
    setAccessibleName(tr("Picture: %1. Choose another picture").arg(described));
    setToolTip(tr("%1 — click to choose another picture").arg(described));
}

} // namespace alongside::ui
