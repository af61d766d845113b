#include "common/FocusStaysInView.h"

#include <QApplication>
#include <QScrollArea>

namespace alongside::ui {

FocusStaysInView::FocusStaysInView(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("focusStaysInView"));
}

void FocusStaysInView::installOnApplication()
{
    auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!application || application->findChild<FocusStaysInView*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto* watcher = new FocusStaysInView(application);
    connect(application, &QApplication::focusChanged, watcher,
            [](QWidget*, QWidget* now) { bringIntoView(now); });
}

void FocusStaysInView::bringIntoView(QWidget* focused)
{
    // Every scroll area it sits in, innermost first (a section's list inside the case's page).
    QWidget* inner = focused;
    for (QWidget* around = focused ? focused->parentWidget() : nullptr; around;
         around = around->parentWidget()) {
        auto* area = qobject_cast<QScrollArea*>(around);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(inner))
            continue;
        area->ensureWidgetVisible(inner, 16, 16);
        inner = area;
    }
}

} // namespace alongside::ui
