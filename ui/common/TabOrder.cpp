#include "common/TabOrder.h"

#include <QLayout>
#include <QWidget>

namespace alongside::ui {

namespace {

void collect(QLayout* layout, QList<QWidget*>& stops);

void collect(QWidget* widget, QList<QWidget*>& stops)
{
    if (widget->focusPolicy() & Qt::TabFocus) {
        stops << widget;
        return; // a control's own insides (a combo box's line edit) are its business
    }
    if (QLayout* layout = widget->layout())
        collect(layout, stops);
}

void collect(QLayout* layout, QList<QWidget*>& stops)
{
    for (int index = 0; index < layout->count(); ++index) {
        QLayoutItem* item = layout->itemAt(index);
        if (QWidget* widget = item->widget())
            collect(widget, stops);
        else if (QLayout* inner = item->layout())
            collect(inner, stops);
    }
}

} // namespace

QList<QWidget*> tabStopsAsLaidOut(QWidget* container)
{
    QList<QWidget*> stops;
    if (QLayout* layout = container->layout())
        collect(layout, stops);
    return stops;
}

bool focusFirstTabStopIn(QWidget* area)
{
    for (QWidget* next = area->nextInFocusChain(); next && next != area; next = next->nextInFocusChain()) {
        if (area->isAncestorOf(next) && next->isVisibleTo(area) && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus) && !next->focusProxy()) {
            next->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

void chainTabs(const QList<QWidget*>& stops)
{
    for (qsizetype index = 1; index < stops.size(); ++index)
        QWidget::setTabOrder(stops[index - 1], stops[index]);
}

} // namespace alongside::ui
