#include "common/QuoteLabel.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace alongside::ui {

QuoteLabel::QuoteLabel(const QString& words, QWidget* parent)
    : QLabel(QStringLiteral("“%1”").arg(words), parent)
{
    setObjectName(QStringLiteral("personsWords"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("In their words: %1").arg(words));
    setContentsMargins(kRule + 10, 2, 0, 2);
    followApplicationFont();
}

bool QuoteLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        followApplicationFont();
    return QLabel::event(event);
}

void QuoteLabel::paintEvent(QPaintEvent* event)
{
    QLabel::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 2, kRule, height() - 4), QColor(0x8f, 0xb3, 0xa8)); // a calm sage rule
}

void QuoteLabel::followApplicationFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.1);
    else
        font.setPixelSize(qRound(font.pixelSize() * 1.1));
    font.setItalic(true);
    setFont(font);
}

} // namespace alongside::ui
