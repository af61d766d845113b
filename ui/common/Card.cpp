#include "common/Card.h"

#include <QPalette>
#include <QVBoxLayout>

namespace alongside::ui {

Card::Card(const QString& objectName, QWidget* parent) : QFrame(parent), m_content(new QVBoxLayout(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; }").arg(objectName));
    m_content->setContentsMargins(14, 10, 14, 10);
    m_content->setSpacing(6);
}

void makeQuiet(QWidget* widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // Two thirds of the way from the background to the text: quieter, still easy to read.
    QColor quiet;
    quiet.setRgbF((window.redF() + 2 * text.redF()) / 3, (window.greenF() + 2 * text.greenF()) / 3,
                  (window.blueF() + 2 * text.blueF()) / 3);
    palette.setColor(QPalette::WindowText, quiet);
    palette.setColor(QPalette::Text, quiet);
    widget->setPalette(palette);
}

} // namespace alongside::ui
