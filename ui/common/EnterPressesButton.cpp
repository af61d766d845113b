#include "common/EnterPressesButton.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace alongside::ui {

EnterPressesButton::EnterPressesButton(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("enterPressesButton"));
}

void EnterPressesButton::installOnApplication()
{
    QCoreApplication* application = QCoreApplication::instance();
    if (!application || application->findChild<EnterPressesButton*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new EnterPressesButton(application));
}

bool EnterPressesButton::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || !(qobject_cast<QPushButton*>(button) || qobject_cast<QToolButton*>(button)))
        return false;
    // In a dialog a focused push button already answers Enter itself (it is "auto default").
    if (const auto* push = qobject_cast<QPushButton*>(button); push && push->autoDefault())
        return false;
    if (!button->isEnabled() || !button->hasFocus())
        return false;
    button->animateClick();
    return true;
}

} // namespace alongside::ui
