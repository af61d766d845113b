#include "shell/TextSize.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace alongside::ui {

TextSize::TextSize() : m_baseFont(QApplication::font())
{}

TextSize::~TextSize()
{
    // Leave the application as found, so a later window scales from the real base font.
    setLarger(false);
}

void TextSize::setLarger(bool larger)
{
    if (larger == m_larger)
        return;
    m_larger = larger;
    QFont font = m_baseFont;
    if (larger) {
        // Some platforms give the font in pixels, others in points.
        if (m_baseFont.pointSizeF() > 0)
            font.setPointSizeF(m_baseFont.pointSizeF() * kLargerFactor);
        else
            font.setPixelSize(qRound(m_baseFont.pixelSize() * kLargerFactor));
    }
    QApplication::setFont(font);
    // Qt 6 tells only top-level windows that the application font changed. Widgets that size
    // their own font from it (HeadingLabel, QuoteLabel) or whose font a style sheet fixed would
    // otherwise keep the old size while they are on screen; tell every widget.
    QEvent changed(QEvent::ApplicationFontChange);
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!widget->isWindow())
            QCoreApplication::sendEvent(widget, &changed);
    }
}

} // namespace alongside::ui
