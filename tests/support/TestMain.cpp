// The test executables' main: an application object (offscreen, so tests run and are
// discovered on machines without a display) and then Catch2.
#define CATCH_CONFIG_RUNNER
#include "support/Catch.h"

#ifdef ALONGSIDE_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdlib>

int main(int argc, char** argv)
{
    // Without this, test discovery on a headless machine aborts in QApplication and
    // catch_discover_tests silently registers no tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", ALONGSIDE_TEST_PLATFORM); // offscreen, on a laptop-sized screen
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("alongside-tests"));
    return Catch::Session().run(argc, argv);
}
