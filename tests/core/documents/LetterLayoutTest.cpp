// The printed letter's layout, read back from the PDF as poppler's pdftotext sees it: words that
// must stay on one line, quotes that must stay on one page, headings that must stay with
// their first block.

#include "documents/LetterFixtures.h"
#include "documents/LetterKinds.h"

#include "application/LetterFiles.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QProcess>
#include <QRegularExpression>

using namespace alongside;
using namespace alongside::test;

namespace {

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(process.waitForFinished(60000));
    // No-break spaces read as spaces, and the invisible word joiner as nothing.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0x00A0), u' ')
        .remove(QChar(0x2060));
}

int pageCount(const QString& pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(60000));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : 0;
}

QString written(TempStoreFolder& folder, const core::EasyReadLetter& letter, const QString& name)
{
    const QString pdf = folder.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(core::writeLetterPdfFile(letter, pdf).written);
    return pdf;
}

core::LetterSentence plain(const QString& text)
{
    return {text, false, false};
}

} // namespace

TEST_CASE("a date, a phone number, a name and s.42 are never broken across two lines")
{
    const QStringList whole{QStringLiteral("Wednesday 18 February 2026"), QStringLiteral("01632 960123"),
                            QStringLiteral("Alex Example"), QStringLiteral("s.42")};
    core::EasyReadLetter letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")),
                                                            letterSources(false));
    // Each phrase after a run of words of every length, so that somewhere the end of a line
    // falls where the phrase is.
    core::LetterBlock tries{QStringLiteral("calendar"), {}};
    for (const QString& phrase : whole) {
        QString lead;
        for (int words = 0; words < 14; ++words) {
            tries.sentences.push_back(plain(QStringLiteral("%1 %2 is here.").arg(lead, phrase).trimmed()));
            lead += words % 2 ? QStringLiteral(" we") : QStringLiteral(" meet");
        }
    }
    letter.sections.back().blocks.push_back(tries);
    TempStoreFolder folder;
    const QString text = pdfText(written(folder, letter, QStringLiteral("whole")));
    for (const QString& phrase : whole) {
        // The phrase with a line break wherever one could fall: between words, after "s.".
        QString pattern = QRegularExpression::escape(phrase);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("[ \n]"))
            .replace(QStringLiteral("\\."), QStringLiteral("\\.\n?"));
        int seen = 0;
        int broken = 0;
        auto found = QRegularExpression(pattern).globalMatch(text);
        while (found.hasNext()) {
            ++seen;
            broken += found.next().captured().contains(u'\n') ? 1 : 0;
        }
        INFO(phrase.toStdString());
        CHECK(seen >= 14); // the PDF's words were read
        CHECK(broken == 0);
    }
}

TEST_CASE("a quote is never split across two pages")
{
    TempStoreFolder folder;
    const QString quote = QStringLiteral(
        "I want to stay in my flat with my cat and my things around me, and I want "
        "the people who come to knock first and say who they are before they "
        "come in, every time, even if they are in a hurry.");
    // Filler of every height before the quote, so that in some letter a page ends where it is.
    for (int filler = 0; filler < 8; ++filler) {
        core::EasyReadLetter letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-008")),
                                                                letterSources(false));
        core::LetterSection& wanted = *letter.section(core::LetterSectionKind::WhatYouWanted);
        for (int i = 0; i < filler; ++i)
            wanted.blocks.insert(wanted.blocks.begin(),
                                 {QStringLiteral("wish"), {plain(QStringLiteral("Filler."))}});
        wanted.blocks.push_back(
            {QStringLiteral("wish"),
             {plain(QStringLiteral("You told us you wanted:")), core::LetterSentence{quote, true, false}}});
        const QString pdf = written(folder, letter, QStringLiteral("quote-%1").arg(filler));
        bool onOnePage = false;
        for (int page = 1; page <= pageCount(pdf); ++page)
            onOnePage = onOnePage || pdfText(pdf, page).simplified().contains(quote.simplified());
        INFO("filler blocks: " << filler);
        CHECK(onOnePage);
    }
}

TEST_CASE("a heading is never the last thing on a page")
{
    TempStoreFolder folder;
    for (const LetterKind& kind : letterKinds()) {
        const core::EasyReadLetter letter = core::buildEasyReadLetter(kind.record, kind.sources);
        QStringList headings;
        for (const core::LetterSection& section : letter.sections)
            headings << section.heading;
        const QString pdf = written(folder, letter, kind.name);
        for (int page = 1; page <= pageCount(pdf); ++page) {
            QStringList lines = pdfText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
            while (!lines.isEmpty()
                   && (lines.last().trimmed().isEmpty() || lines.last().startsWith(QStringLiteral("Page "))))
                lines.removeLast();
            INFO(kind.name.toStdString() << ", page " << page);
            REQUIRE_FALSE(lines.isEmpty());
            CHECK_FALSE(headings.contains(lines.last().trimmed()));
        }
    }
}

TEST_CASE("who to contact, with 999, is kept together on one page")
{
    TempStoreFolder folder;
    for (const LetterKind& kind : letterKinds()) {
        const core::EasyReadLetter letter = core::buildEasyReadLetter(kind.record, kind.sources);
        const QString pdf = written(folder, letter, kind.name);
        int headingPage = 0;
        int emergencyPage = 0;
        for (int page = 1; page <= pageCount(pdf); ++page) {
            const QString text = pdfText(pdf, page);
            if (text.contains(QStringLiteral("Who to contact")))
                headingPage = page;
            if (text.contains(QStringLiteral("call 999")))
                emergencyPage = page;
        }
        INFO(kind.name.toStdString());
        CHECK(headingPage > 0);
        CHECK(emergencyPage == headingPage);
    }
}
