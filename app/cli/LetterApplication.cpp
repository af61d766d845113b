#include "LetterCommands.h"

#include <QGuiApplication>

#include <cstring>

namespace alongside::cli {

std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv)
{
    bool drawsLetter = false;
    for (int i = 1; i < argc; ++i)
        drawsLetter = drawsLetter || std::strcmp(argv[i], "letter") == 0
            || std::strncmp(argv[i], "--pdf", 5) == 0; // report sac --pdf: the Board report
    if (!drawsLetter)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifdef Q_OS_LINUX
    // A server or a cron job has no display: draw offscreen rather than fail to start.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace alongside::cli
