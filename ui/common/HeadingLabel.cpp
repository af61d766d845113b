#include "common/HeadingLabel.h"

#include <QApplication>
#include <QEvent>

namespace alongside::ui {

HeadingLabel::HeadingLabel(const QString& text, Level level, QWidget* parent)
    : QLabel(text, parent), m_scale(level == Level::Page ? 1.6 : 1.2)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    followApplicationFont();
}

bool HeadingLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        followApplicationFont();
    return QLabel::event(event);
}

void HeadingLabel::followApplicationFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * m_scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * m_scale));
    font.setWeight(QFont::DemiBold);
    setFont(font);
}

} // namespace alongside::ui
