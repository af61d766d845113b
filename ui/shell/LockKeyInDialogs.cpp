#include "shell/LockKeyInDialogs.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace alongside::ui {

LockKeyInDialogs::LockKeyInDialogs(QAction* lock) : QObject(lock), m_lock(lock)
{
    setObjectName(QStringLiteral("lockKeyInDialogs"));
}

void LockKeyInDialogs::installFor(QAction* lock)
{
    if (lock->findChild<LockKeyInDialogs*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new LockKeyInDialogs(lock));
}

bool LockKeyInDialogs::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_lock || !m_lock->isEnabled()
        || !QApplication::activeModalWidget() || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->isAutoRepeat() || !m_lock->shortcuts().contains(QKeySequence(key->keyCombination())))
        return QObject::eventFilter(watched, event);
    QMetaObject::invokeMethod(m_lock.data(), &QAction::trigger, Qt::QueuedConnection);
    return true; // the key is the lock's: it types nothing into the dialog
}

} // namespace alongside::ui
