// alongside-bench: our SQLCipher driver against raw SQLCipher on the same data; see
// docs/performance.md.

#include "BenchOptions.h"
#include "BenchRun.h"

#include <QGuiApplication>
#include <QTextStream>

#include <exception>

int main(int argc, char* argv[])
{
    using namespace alongside::bench;
    // A QGuiApplication for the easy-read letter row (fonts, PDF); offscreen on a headless host.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    BenchOptions options;
    QString problem;
    if (!parseBenchOptions(app.arguments().mid(1), &options, &problem)) {
        err << problem << '\n' << benchUsage();
        return 2;
    }
    try {
        BenchRun run(options, err);
        const BenchReport report = run.run();
        report.printTable(out);
        out.flush();
        if (!options.jsonPath.isEmpty() && !report.writeJson(options.jsonPath, &problem))
            err << "could not write " << options.jsonPath << ": " << problem << '\n';
    } catch (const std::exception& failure) {
        // Not a slow result but no result: say so and exit non-zero.
        err << "alongside-bench could not measure: " << failure.what() << '\n';
        return 1;
    }
    // A measuring tool: the numbers are the output, whatever they are.
    return 0;
}
