#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace alongside::ui {

// Locks after a stretch with no keyboard, mouse or touch input anywhere in the application
// (a laptop left open in a shared office). Watches input through an application-wide event
// filter, so every window and dialog counts as use.
class IdleLockTimer : public QObject {
    Q_OBJECT

public:
    explicit IdleLockTimer(QObject* parent = nullptr);
    ~IdleLockTimer() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idleTooLong();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace alongside::ui
