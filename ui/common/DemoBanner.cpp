#include "common/DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace alongside::ui {

DemoBanner::DemoBanner(const QString& passphrase, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    // A soft yellow note, not an alarm: readable in light and dark themes alike.
    setStyleSheet(QStringLiteral("#demoBanner { background: #fff4d0; border: 1px solid #d9b44a; "
                                 "border-radius: 6px; } #demoBanner QLabel { color: #2b2200; }"));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("demoBannerText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<b>Demo store — do not enter real information.</b> Everyone in it is made up, "
                     "and it is deleted when you quit. Its passphrase is <b>%1</b>.")
                      .arg(passphrase.toHtmlEscaped()));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(text);
}

} // namespace alongside::ui
