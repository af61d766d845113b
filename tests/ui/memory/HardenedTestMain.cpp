// The main of the test that reads its own memory after locking: the same set-up as the app's
// main() (app/gui/main.cpp) before anything else, so the test measures what users get.
#define CATCH_CONFIG_RUNNER
#include "support/Catch.h"

#include "storage/store/ProcessHardening.h"

#include <QApplication>

int main(int argc, char** argv)
{
    alongside::core::prepareProcessForCaseData(argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alongside-tests"));
    return Catch::Session().run(argc, argv);
}
