#include "support/Catch.h"

#include "lock/IdleLockTimer.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace alongside;

TEST_CASE("keyboard input anywhere in the application postpones the idle lock")
{
    ui::IdleLockTimer timer;
    QSignalSpy fired(&timer, &ui::IdleLockTimer::idleTooLong);
    timer.setInterval(std::chrono::milliseconds(300));
    timer.start();

    QLineEdit somewhere;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 900) { // three intervals, with someone typing all the while
        QTest::keyClick(&somewhere, Qt::Key_A);
        QTest::qWait(60);
    }
    CHECK(fired.count() == 0);

    REQUIRE(fired.wait(2000)); // then nobody touches anything
    CHECK(fired.count() == 1);
}

TEST_CASE("a stopped idle lock never fires")
{
    ui::IdleLockTimer timer;
    QSignalSpy fired(&timer, &ui::IdleLockTimer::idleTooLong);
    timer.setInterval(std::chrono::milliseconds(50));
    timer.start();
    timer.stop();
    QTest::qWait(200);
    CHECK(fired.count() == 0);
}
