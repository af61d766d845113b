#include "common/SoftDot.h"

#include <QPainter>
#include <QPixmap>

namespace alongside::ui {

namespace {
const QColor kFill(0xe8, 0xb0, 0x4c); // warm amber, readable on light and dark rows
const QColor kEdge(0xb9, 0x84, 0x2a);
} // namespace

QPixmap softDot(int diameter, qreal devicePixelRatio)
{
    const int pixels = qRound(diameter * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kEdge, devicePixelRatio));
        painter.setBrush(kFill);
        const qreal inset = devicePixelRatio;
        painter.drawEllipse(QRectF(inset, inset, pixels - 2 * inset, pixels - 2 * inset));
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon softDotIcon()
{
    QIcon icon;
    for (const int size : {10, 12, 16, 20})
        icon.addPixmap(softDot(size));
    return icon;
}

} // namespace alongside::ui
