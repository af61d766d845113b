#include "reporting/BarCountButton.h"

#include <QKeyEvent>
#include <QPainter>

namespace alongside::ui {

BarCountButton::BarCountButton(QWidget* parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
}

QSize BarCountButton::sizeHint() const
{
    if (m_measured.isValid() && m_measuredText == text() && m_measuredFont == font())
        return m_measured;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    m_measuredText = text();
    m_measuredFont = font();
    m_measured = QSize(metrics.horizontalAdvance(text()) + 10, metrics.height() + 6);
    return m_measured;
}

void BarCountButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    bold.setUnderline(m_hovered || hasFocus());
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, text());
    if (hasFocus()) {
        // A clear ring, not a colour change alone, so focus shows in every theme.
        QPen ring(palette().color(QPalette::Highlight), 2);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void BarCountButton::keyPressEvent(QKeyEvent* event)
{
    // Enter follows a link in most programs; Space (QAbstractButton's own) works too.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void BarCountButton::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void BarCountButton::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace alongside::ui
