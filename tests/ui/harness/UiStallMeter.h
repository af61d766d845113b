#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace alongside::test {

// How long the UI thread went without turning its event loop, as a user would feel it: a timer
// asks to tick every 2 ms and the longest gap between two ticks is kept. Timings are reported,
// and asserted only with a margin a loaded two-core machine cannot reach by accident.
class UiStallMeter : public QObject {
public:
    UiStallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The longest gap so far, including the one still open.
    qint64 longestMs() const { return std::max(m_longest, m_clock.elapsed() - m_last); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace alongside::test
