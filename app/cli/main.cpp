// alongside-cli: store administration from a terminal or a script. Wiring only; the commands
// are in StoreCommands.h.

#include "CliApplication.h"
#include "LetterCommands.h"

#include "storage/driver/SqlCipherDriver.h"
#include "storage/store/ProcessHardening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
#ifdef NDEBUG
    // Before anything holds a passphrase or a decrypted page.
    alongside::core::disableCoreDumps();
#endif
    // A QGuiApplication only when drawing a PDF (letter, report --pdf); see LetterCommands.h.
    const auto app = alongside::cli::createCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alongside-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALONGSIDE_VERSION));
    // Welsh first (translations/); the user's locale picks it, English is the fallback.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("alongside"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    alongside::core::SqlCipherDriver::registerWithQt();
    return alongside::cli::runCli(QCoreApplication::arguments().mid(1));
}
