// alongside: wiring only. Everything the person sees is built in ui/.
#include "shell/MainWindow.h"

#include "storage/driver/SqlCipherDriver.h"
#include "storage/store/ProcessHardening.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    // Before anything could hold case records or key material in memory: freed memory is
    // overwritten from here on (this may start the program again, once), no core dumps.
    alongside::core::prepareProcessForCaseData(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Alongside"));
    QApplication::setApplicationName(QStringLiteral("Alongside"));
    QApplication::setApplicationVersion(QStringLiteral(ALONGSIDE_VERSION));
    // Welsh first (translations/); the user's locale picks it, English is the fallback.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("alongside"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    alongside::core::SqlCipherDriver::registerWithQt();

    // Default context: the production key-derivation schedule, today's date, the platform's
    // settings location and the real file dialogs.
    alongside::ui::MainWindow window{alongside::ui::ShellContext{}};
    window.show();
    return QApplication::exec();
}
