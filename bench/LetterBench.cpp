#include "LetterBench.h"

#include "BenchTimer.h"

#include "demo/DemoJourneys.h"
#include "documents/EasyReadLetterBuilder.h"
#include "documents/LetterPdfRenderer.h"

#include <QJsonObject>

#include <stdexcept>

namespace alongside::bench {

void benchLetter(BenchReport& report, int repeat, QTextStream& progress)
{
    progress << "easy-read letter…\n" << Qt::flush;
    // The longest demo letter: Tom's (fully met, 2 wishes, a piece of work done; 3 pages).
    core::CaseRecord record;
    for (const core::CaseRecord& journey : core::demoJourneys(QDate(2026, 3, 3))) {
        if (journey.reference == QLatin1String("DEMO-004"))
            record = journey;
    }
    core::LetterSources sources;
    sources.practitioner = {QStringLiteral("Alex Example"),
                            QStringLiteral("Social worker"),
                            QStringLiteral("the Adult Social Care Team"),
                            QStringLiteral("01632 960123"),
                            {},
                            {}};
    sources.advocate = core::AdvocateReferral{QStringLiteral("Jo Sample"), core::AdvocateRole::CareAct,
                                              QStringLiteral("Example Advocacy"), QDate(2026, 1, 12)};
    sources.date = QDate(2026, 3, 3);
    qsizetype bytes = 0;
    const auto generate = [&] {
        const core::EasyReadLetter letter = core::buildEasyReadLetter(record, sources);
        const QByteArray pdf = core::letterPdfBytes(letter, {});
        if (pdf.isEmpty())
            throw std::runtime_error("the letter could not be drawn");
        bytes = pdf.size();
    };
    BenchTimer first;
    generate(); // the first run loads the embedded fonts once per process: reported, not sampled
    const double firstMs = first.elapsedMs();
    ComparisonResult row;
    row.name = "easy-read letter: build + PDF (DEMO-004, 3 pages)";
    for (int i = 0; i < std::max(repeat, 3); ++i) {
        BenchTimer timer;
        generate();
        row.driverMs.add(timer.elapsedMs());
    }
    report.addComparison(row, RowTarget{std::nullopt, kLetterLimitMs, false});
    report.addRowDetail(row.name, QStringLiteral("pdf_bytes"), static_cast<qint64>(bytes));
    report.addRowDetail(row.name, QStringLiteral("first_run_ms"), firstMs);
    report.addRowDetail(
        row.name, QStringLiteral("raw_side"),
        QStringLiteral("none: a letter has no raw SQLCipher equivalent; the row is held to its "
                       "time limit only"));
}

} // namespace alongside::bench
