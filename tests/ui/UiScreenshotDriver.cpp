// ui_screenshot_driver SCREEN [MILLISECONDS]
// Test-only: shows one screen of Alongside, built with a cheap key-derivation schedule and
// throwaway stores in a temporary folder, for docs/screenshots (see docs/ui.md). Exits after
// MILLISECONDS (default 8000) or on SIGTERM, cleaning up its stores either way.
//   SCREEN: welcome | create | unlock | unlock-wrong | main-empty | demo | demo-locked |
//           about | settings | change-passphrase (each dialog over the unlocked empty store)
#include "harness/ShellFixture.h"

#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace alongside;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1; // only this: anything more is not safe inside a signal handler
}

template <typename Widget>
Widget* find(const QObject& root, const char* name)
{
    return root.findChild<Widget*>(QString::fromLatin1(name));
}

void whenReady(const std::function<bool()>& ready, const std::function<void()>& then)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, ready, then] {
        if (!ready())
            return;
        poll->deleteLater();
        then();
    });
    poll->start(50);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alongside-screenshots"));
    const QString screen = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("welcome");
    const int lifetime = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 8000;
    const QStringList screens = {QStringLiteral("welcome"),     QStringLiteral("create"),
                                 QStringLiteral("unlock"),      QStringLiteral("unlock-wrong"),
                                 QStringLiteral("main-empty"),  QStringLiteral("demo"),
                                 QStringLiteral("demo-locked"), QStringLiteral("about"),
                                 QStringLiteral("settings"),    QStringLiteral("change-passphrase")};
    const QStringList dialogs = {QStringLiteral("about"), QStringLiteral("settings"),
                                 QStringLiteral("change-passphrase")};
    if (!screens.contains(screen)) {
        std::fprintf(stderr, "usage: ui_screenshot_driver %s [MILLISECONDS]\n",
                     qPrintable(screens.join(u'|')));
        return 2;
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);

    test::ShellFixture fixture;
    const bool unlocked = screen == QStringLiteral("main-empty") || dialogs.contains(screen);
    if (screen.startsWith(QStringLiteral("unlock")) || unlocked)
        fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.resize(1100, 700);
    window.show();

    if (screen == QStringLiteral("create")) {
        QTest::mouseClick(find<QPushButton>(window, "createStoreChoice"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(window, "newPassphrase"), QStringLiteral("kettle orchard lantern"));
        QTest::keyClicks(find<QLineEdit>(window, "confirmPassphrase"), QStringLiteral("kettle orch"));
    } else if (screen == QStringLiteral("unlock-wrong")) {
        QTest::keyClicks(find<QLineEdit>(window, "unlockPassphrase"), QStringLiteral("violet harbour"));
        QTest::keyClick(find<QLineEdit>(window, "unlockPassphrase"), Qt::Key_Return);
    } else if (unlocked) {
        QTest::keyClicks(find<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(find<QLineEdit>(window, "unlockPassphrase"), Qt::Key_Return);
        if (dialogs.contains(screen)) {
            const QString action = screen == QStringLiteral("about") ? QStringLiteral("aboutAction")
                : screen == QStringLiteral("settings")               ? QStringLiteral("settingsAction")
                                                       : QStringLiteral("changePassphraseAction");
            // Triggered from the event loop: the dialog's own exec() then runs inside it.
            whenReady([&window] { return window.workspace() != nullptr; },
                      [&window, action] { window.findChild<QAction*>(action)->trigger(); });
        }
    } else if (screen.startsWith(QStringLiteral("demo"))) {
        QTest::mouseClick(find<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        if (screen == QStringLiteral("demo-locked"))
            whenReady([&window] { return window.workspace() != nullptr; }, [&window] { window.lockNow(); });
    }

    QTimer::singleShot(lifetime, &app, &QApplication::quit);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QApplication::quit();
    });
    stopWatch.start(100);
    return QApplication::exec();
}
