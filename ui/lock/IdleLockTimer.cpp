#include "lock/IdleLockTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace alongside::ui {

IdleLockTimer::IdleLockTimer(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockTimer::idleTooLong);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockTimer::~IdleLockTimer()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockTimer::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleLockTimer::start()
{
    m_timer.start();
}

void IdleLockTimer::stop()
{
    m_timer.stop();
}

bool IdleLockTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer.start(); // someone is here: count again from now
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace alongside::ui
