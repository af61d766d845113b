#include "BenchOptions.h"

namespace alongside::bench {

namespace {

bool readCount(const QStringList& arguments, qsizetype* index, int minimum, int* out, QString* problem)
{
    const QString name = arguments.at(*index);
    if (*index + 1 >= arguments.size()) {
        *problem = QStringLiteral("%1 needs a number").arg(name);
        return false;
    }
    bool ok = false;
    const int value = arguments.at(++*index).toInt(&ok);
    if (!ok || value < minimum) {
        *problem = QStringLiteral("%1 needs a whole number of at least %2").arg(name).arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

bool parseBenchOptions(const QStringList& arguments, BenchOptions* options, QString* problem)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--cases")) {
            if (!readCount(arguments, &i, 1, &options->cases, problem))
                return false;
        } else if (argument == QLatin1String("--notes")) {
            if (!readCount(arguments, &i, 0, &options->notes, problem))
                return false;
        } else if (argument == QLatin1String("--repeat")) {
            if (!readCount(arguments, &i, 1, &options->repeat, problem))
                return false;
        } else if (argument == QLatin1String("--json")) {
            if (i + 1 >= arguments.size()) {
                *problem = QStringLiteral("--json needs a file name");
                return false;
            }
            options->jsonPath = arguments.at(++i);
        } else if (argument == QLatin1String("--enquiries")) {
            if (!readCount(arguments, &i, 0, &options->enquiries, problem))
                return false;
        } else if (argument == QLatin1String("--reports-only")) {
            options->reportsOnly = true;
        } else if (argument == QLatin1String("--bundles-only")) {
            options->bundlesOnly = true;
        } else if (argument == QLatin1String("--caseload-only")) {
            options->caseloadOnly = true;
        } else if (argument == QLatin1String("--no-kdf")) {
            options->keyDerivation = false;
        } else {
            *problem = QStringLiteral("unknown argument %1").arg(argument);
            return false;
        }
    }
    return true;
}

QString benchUsage()
{
    return QStringLiteral(
        "usage: alongside-bench [--cases 5000] [--notes 100000] [--repeat 7] [--json FILE] [--no-kdf]\n"
        "                       [--enquiries 50000] [--reports-only] [--bundles-only]\n"
        "                       [--caseload-only]\n"
        "Builds two stores with the same synthetic caseload in a temporary folder, one through\n"
        "Alongside's SQLCipher driver and one through the raw SQLCipher C API, and times the same\n"
        "operations on both. Exits 0 whatever the numbers: it measures, it does not judge.\n");
}

} // namespace alongside::bench
