// Letters of every kind the person may get, with the letter's wording written: true to the
// record, plain, and no longer than 3 pages.

#include "documents/LetterKinds.h"

#include "application/LetterFiles.h"
#include "documents/LetterPdfRenderer.h"
#include "rules/LetterReadiness.h"
#include "rules/PlainLanguageCheck.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

using namespace alongside;
using namespace alongside::test;

namespace {

int pageCount(const QString& pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(60000));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : 0;
}

core::LetterDelivery inPerson()
{
    core::LetterDelivery delivery;
    delivery.route = core::LetterRoute::GiveInPerson;
    return delivery;
}

} // namespace

TEST_CASE("every kind of letter, with its wording written, is ready to approve, plain, and a closed case's "
          "fits on 3 pages")
{
    TempStoreFolder folder;
    for (const LetterKind& kind : letterKinds()) {
        INFO(kind.name.toStdString());
        core::EasyReadLetter letter = core::buildEasyReadLetter(kind.record, kind.sources);
        letter.markEverySentenceReviewed(true);
        CHECK(core::letterReadiness(letter, inPerson()).empty());
        // Each block reads plainly, checked as the editor checks it, knowing who reads it.
        for (const auto& section : letter.sections) {
            for (const auto& block : section.blocks) {
                QStringList words;
                for (const auto& sentence : block.sentences) {
                    if (!sentence.ownWords)
                        words << sentence.text;
                }
                QStringList found;
                for (const auto& finding : core::checkPlainLanguage(words.join(u' '), {letter.readerNames}))
                    found << finding.ruleId + QStringLiteral(": ") + finding.reason;
                INFO(words.join(u' ').toStdString());
                INFO(found.join(u'\n').toStdString());
                CHECK(found.isEmpty());
            }
        }
        const QString pdf = folder.filePath(kind.name + QStringLiteral(".pdf"));
        REQUIRE(core::writeLetterPdfFile(letter, pdf).written);
        // A closed case fits on 3 pages; a letter part-way through (Priya's: 3 wishes, an
        // advocate, work still going on) may take a fourth.
        CHECK(pageCount(pdf) <= (kind.record.closure ? 3 : 4));
    }
}

// Not run by default: writes each kind of letter as PDF, web page and plain text (for GNU style)
// to ALONGSIDE_LETTER_OUT, for looking at and for docs/screenshots.
TEST_CASE("write every kind of letter", "[.letter-kinds]")
{
    const QString folder = qEnvironmentVariable("ALONGSIDE_LETTER_OUT", QDir::tempPath());
    for (const LetterKind& kind : letterKinds()) {
        const core::EasyReadLetter letter = core::buildEasyReadLetter(kind.record, kind.sources);
        const QString base = folder + u'/' + kind.name;
        REQUIRE(
            core::writeLetterPdfFile(letter, base + QStringLiteral(".pdf"), {}, core::ExistingFile::Replace)
                .written);
        REQUIRE(
            core::writeLetterHtmlFile(letter, base + QStringLiteral(".html"), {}, core::ExistingFile::Replace)
                .written);
        // The words as the person reads them, a heading or sentence a line (headings end with a
        // full stop so GNU style counts them on their own), for readability figures.
        QStringList lines{QStringLiteral("A letter for %1.").arg(letter.recipientName)};
        for (const auto& section : letter.sections) {
            if (section.blocks.empty())
                continue;
            lines << section.heading + u'.';
            for (const auto& block : section.blocks) {
                for (const auto& sentence : block.sentences)
                    lines << (sentence.ownWords ? QStringLiteral("\u201C%1\u201D").arg(sentence.text)
                                                : sentence.text);
            }
        }
        REQUIRE(core::writePersonalFile(base + QStringLiteral(".txt"), (lines.join(u'\n') + u'\n').toUtf8(),
                                        core::ExistingFile::Replace)
                    .written);
    }
}
