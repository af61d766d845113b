// Not a test: the child process DraftKillTest kills. It unlocks the window over the store it is
// given, opens a case, types into the Notes box as a practitioner would, says so, waits the two
// seconds a draft may take, and then dies by SIGKILL: no destructors, no lock, no flush — as a
// crash or a flat battery would leave it.

#include "support/TestStores.h"

#include "casefile/CaseView.h"
#include "casefile/NotesSection.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"
#include "storage/driver/SqlCipherDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace alongside;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: alongside_type_then_die SETTINGS.ini CASE-ID TEXT\n");
        return 2;
    }
    core::SqlCipherDriver::registerWithQt();
    ui::ShellContext context;
    context.storeOptions = test::cheapStoreOptions();
    context.today = [] { return QDate(2026, 3, 2); };
    context.now = [] { return QDateTime(QDate(2026, 3, 2), QTime(10, 0)); };
    context.settingsFile = QString::fromLocal8Bit(argv[1]);
    const qint64 caseId = QByteArray(argv[2]).toLongLong();
    const QString text = QString::fromUtf8(argv[3]);

    ui::MainWindow window(context);
    window.show();
    auto* passphrase = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    if (!passphrase)
        return 3;
    QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return window.workspace() != nullptr; }, 60000))
        return 4;
    if (!window.workspace()->openCase(caseId))
        return 5;
    QTest::keyClicks(window.workspace()->caseView()->notes()->newNote(), text);
    std::printf("typed\n");
    std::fflush(stdout);
    QTest::qWait(2000);
    ::kill(::getpid(), SIGKILL);
    return 6; // not reached
}
