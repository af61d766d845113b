#include "letters/LetterEditorFixture.h"

#include "harness/WindowDriving.h"

#include "application/LetterService.h"
#include "common/GentleNote.h"
#include "letters/LetterBlockEditor.h"
#include "letters/LetterFindingsPanel.h"
#include "letters/LetterHistoryList.h"
#include "letters/LetterOutput.h"
#include "letters/SentenceEdit.h"
#include "model/EasyReadLetterJson.h"
#include "storage/repositories/AdvocacyRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>

using namespace alongside;
using namespace alongside::test;

namespace {

// The first sentence the practitioner wrote (not the person's own words).
ui::SentenceEdit* firstWrittenSentence(const ui::LetterEditor& editor)
{
    for (ui::SentenceEdit* sentence : editor.sentences()) {
        if (!sentence->isOwnWords())
            return sentence;
    }
    FAIL("the letter has no sentence of the practitioner's");
    return nullptr;
}

void replaceText(ui::SentenceEdit* sentence, const QString& text)
{
    sentence->setFocus();
    sentence->selectAll();
    QTest::keyClicks(sentence, text);
}

void readEveryPart(ui::LetterEditor& editor)
{
    for (ui::LetterBlockEditor* block : editor.blocks())
        QTest::mouseClick(block->readBox(), Qt::LeftButton, {}, QPoint(4, block->readBox()->height() / 2));
}

bool anyFinding(const ui::LetterEditor& editor, const char* ruleId, const QString& textPart)
{
    const QListWidget* list = editor.findings()->list();
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->data(ui::LetterFindingsPanel::RuleIdRole).toString() == QLatin1String(ruleId)
            && item->text().contains(textPart))
            return true;
    }
    return false;
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(kSlowEnough))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("typing “safeguarding enquiry” into the letter shows the everyday words to use, a moment later")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    ui::SentenceEdit* sentence = firstWrittenSentence(*editor);

    replaceText(sentence, QStringLiteral("We will do a safeguarding enquiry."));
    CHECK_FALSE(
        anyFinding(*editor, core::plainrule::Jargon, QStringLiteral("safeguarding enquiry"))); // not mid-word
    REQUIRE(QTest::qWaitFor(
        [&] { return anyFinding(*editor, core::plainrule::Jargon, QStringLiteral("safeguarding enquiry")); },
        kSlowEnough));

    // The words are marked where they are, with the reason and what to try instead.
    CHECK_FALSE(sentence->extraSelections().isEmpty());
    CHECK(sentence->accessibleDescription().contains(QStringLiteral("Try:")));
    CHECK(anyFinding(*editor, core::plainrule::Jargon, QStringLiteral("finding out what happened")));

    // Plain words: the suggestion goes once the sentence is rewritten.
    replaceText(sentence, QStringLiteral("We will find out what happened."));
    REQUIRE(QTest::qWaitFor(
        [&] { return !anyFinding(*editor, core::plainrule::Jargon, QStringLiteral("safeguarding enquiry")); },
        kSlowEnough));
}

TEST_CASE("Print and Save as PDF stay unavailable until every sentence is read and the letter approved")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    REQUIRE(editor->blocks().size() >= 2);
    CHECK_FALSE(editor->approveButton()->isEnabled());
    CHECK_FALSE(editor->printButton()->isEnabled());
    CHECK_FALSE(editor->pdfButton()->isEnabled());
    CHECK_FALSE(editor->htmlButton()->isEnabled());

    // Every part but the last read: still nothing can go out.
    for (std::size_t index = 0; index + 1 < editor->blocks().size(); ++index)
        editor->blocks()[index]->readBox()->click();
    CHECK_FALSE(editor->approveButton()->isEnabled());
    CHECK_FALSE(editor->pdfButton()->isEnabled());

    editor->blocks().back()->readBox()->click();
    CHECK(editor->readEverySentence()->isChecked());
    CHECK(editor->approveButton()->isEnabled());
    CHECK_FALSE(editor->printButton()->isEnabled()); // read, but not yet approved

    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK(editor->printButton()->isEnabled());
    CHECK(editor->pdfButton()->isEnabled());
    CHECK(editor->htmlButton()->isEnabled());

    const std::optional<core::SavedLetter> saved = fixture.letters().find(editor->letterId());
    REQUIRE(saved);
    CHECK(saved->approved());
    CHECK(saved->approvedBy == QStringLiteral("Test Practitioner"));
}

TEST_CASE("“I have read every sentence” ticks every part of the letter at once")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    editor->readEverySentence()->click();
    for (ui::LetterBlockEditor* block : editor->blocks())
        CHECK(block->readBox()->isChecked());
    CHECK(editor->currentLetter().everySentenceReviewed());
    CHECK(editor->approveButton()->isEnabled());
}

TEST_CASE("changing a sentence after approval takes the approval away until the letter is approved again")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    REQUIRE(editor->isApproved());

    ui::SentenceEdit* sentence = firstWrittenSentence(*editor);
    sentence->setFocus();
    QTest::keyClick(sentence, Qt::Key_End);
    QTest::keyClicks(sentence, QStringLiteral(" We will ring you soon."));

    CHECK_FALSE(editor->isApproved());
    CHECK_FALSE(editor->printButton()->isEnabled());
    CHECK_FALSE(editor->pdfButton()->isEnabled());
    CHECK(editor->status()->text().contains(QStringLiteral("approve the letter again")));
    CHECK_FALSE(editor->readEverySentence()->isChecked()); // the changed sentence needs reading again
    REQUIRE(editor->saveDraft());
    CHECK_FALSE(fixture.letters().find(editor->letterId())->approved());

    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK(editor->isApproved());
    CHECK(editor->pdfButton()->isEnabled());
    CHECK(fixture.letters().find(editor->letterId())->letter.sections.size() > 0);
    CHECK(fixture.letters().find(editor->letterId())->approved());
}

TEST_CASE("saving the approved letter as a PDF writes a file with the person's own words in it")
{
    LetterEditorFixture fixture;
    fixture.chooser->pdf = fixture.output.filePath(QStringLiteral("letter to Doris.pdf"));
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    readEveryPart(*editor);
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    REQUIRE(editor->pdfButton()->isEnabled());

    QSignalSpy saved(editor->output(), &ui::LetterOutput::saved);
    QTest::mouseClick(editor->pdfButton(), Qt::LeftButton);
    REQUIRE((saved.count() > 0 || saved.wait(kSlowEnough)));
    CHECK(saved.front().front().toString() == fixture.chooser->pdf);
    CHECK(editor->status()->text().contains(QStringLiteral("Saved as")));

    // Quoted, in the part about what she wanted (her words are repeated under "What happened",
    // so finding them anywhere would not show this part kept them).
    const QString text = pdfText(fixture.chooser->pdf).simplified();
    const qsizetype wanted = text.indexOf(QStringLiteral("What you told us you wanted"));
    const qsizetype did = text.indexOf(QStringLiteral("What we did together"));
    REQUIRE(wanted >= 0);
    REQUIRE(did > wanted);
    CHECK(text.mid(wanted, did - wanted)
              .contains(QStringLiteral("\u201c") + QString::fromLatin1(kDorisOutcome)));
}

TEST_CASE("the accessible web page is saved where the practitioner chose")
{
    LetterEditorFixture fixture;
    fixture.chooser->html = fixture.output.filePath(QStringLiteral("letter to Priya.html"));
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    QTest::mouseClick(editor->htmlButton(), Qt::LeftButton);

    QFile page(fixture.chooser->html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(page.readAll()).contains(QStringLiteral("Keep control of my money")));
}

TEST_CASE("a letter closed half-way reopens as it was left, edits and ticks included")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    replaceText(firstWrittenSentence(*editor), QStringLiteral("We met at your home."));
    editor->blocks().front()->readBox()->click();
    const bool firstRead = editor->blocks().front()->isReviewed();
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("closeLetter")), Qt::LeftButton);
    LetterEditorFixture::settle();

    ui::LetterEditor* again = fixture.openEditor(fixture.stories.doris);
    CHECK(firstWrittenSentence(*again)->sentenceText() == QStringLiteral("We met at your home."));
    CHECK(again->blocks().front()->isReviewed() == firstRead);
    CHECK(again->findChild<QLabel*>(QStringLiteral("letterIntro"))
              ->text()
              .startsWith(QStringLiteral("Carried on")));
}

TEST_CASE("the case view offers a letter to the person by the name they like to be called")
{
    LetterEditorFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    CHECK(view->letterButton()->text().contains(QStringLiteral("Sam…")));
    CHECK_FALSE(view->letterButton()->text().contains(QStringLiteral("Samuel")));

    QTest::mouseClick(view->letterButton(), Qt::LeftButton);
    auto* editor = view->findChild<ui::LetterEditor*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->caseId() == fixture.stories.sam);
    CHECK(editor->windowTitle().contains(QStringLiteral("Sam")));
    // A second click brings the same letter forward rather than opening another.
    QTest::mouseClick(view->letterButton(), Qt::LeftButton);
    CHECK(view->findChildren<ui::LetterEditor*>().size() == 1);
}

TEST_CASE("large print and pale yellow paper are kept with the letter")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    editor->findChild<QCheckBox*>(QStringLiteral("largePrint"))->click();
    editor->findChild<QCheckBox*>(QStringLiteral("paleYellowPaper"))->click();
    REQUIRE(editor->saveDraft());

    const core::EasyReadLetter saved = fixture.letters().find(editor->letterId())->letter;
    CHECK(saved.largePrint);
    CHECK(saved.tint == core::PaperTint::PaleYellow);
    // On screen too: the sentences grow and sit on the tinted paper.
    ui::SentenceEdit* sentence = editor->sentences().front();
    CHECK(sentence->palette().color(QPalette::Base) != QColor(Qt::white));
    CHECK(sentence->font().pointSizeF() > QApplication::font().pointSizeF() * 1.3);
}

TEST_CASE("the letter editor names the advocate recorded for the case, as the command line does")
{
    LetterEditorFixture fixture;
    core::AdvocacyRepository advocacy(fixture.database(), QStringLiteral("Test Practitioner"),
                                      [] { return ShellFixture::now(); });
    REQUIRE(advocacy
                .addReferral(fixture.stories.priya,
                             {QStringLiteral("Jo Sample"), core::AdvocateRole::CareAct,
                              QStringLiteral("Example Advocacy"), QDate(2026, 2, 21)})
                .ok());
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    QStringList words;
    for (ui::SentenceEdit* sentence : editor->sentences())
        words << sentence->sentenceText();
    CHECK(words.contains(QStringLiteral("Your advocate is Jo Sample from Example Advocacy.")));
    // "advocate" is explained in the sentence after it, so the editor does not flag it.
    for (ui::SentenceEdit* sentence : editor->sentences()) {
        if (sentence->sentenceText() == QStringLiteral("Your advocate is Jo Sample from Example Advocacy.")) {
            sentence->checkNow();
            CHECK(sentence->findings().empty());
        }
    }

    // One use case drafts both: the editor's letter is the one the CLI would print.
    const core::LetterService service(fixture.database(), QStringLiteral("Test Practitioner"),
                                      [] { return ShellFixture::now(); });
    const std::optional<core::LetterToPrint> printed = service.letterToPrint(fixture.stories.priya);
    REQUIRE(printed);
    CHECK(core::letterToJsonBytes(printed->letter) == core::letterToJsonBytes(editor->currentLetter()));
}

TEST_CASE("a sentence copied from a plan action is marked, and stops approval until it is rewritten")
{
    LetterEditorFixture fixture;
    core::PlanAction action;
    action.who = QStringLiteral("Agency manager");
    action.what = QStringLiteral("Confirm Julie stays on Doris's weekday visits");
    action.dueOn = QDate(2026, 3, 9);
    REQUIRE(fixture.access.repository().addAction(fixture.stories.doris, action).ok());
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);

    ui::SentenceEdit* copied = nullptr;
    for (ui::SentenceEdit* sentence : editor->sentences()) {
        if (sentence->sentenceText()
            == QStringLiteral("Agency manager: Confirm Julie stays on Doris's weekday visits."))
            copied = sentence;
    }
    REQUIRE(copied);
    CHECK(copied->isWorkerText());
    CHECK(anyFinding(*editor, ui::SentenceEdit::kWorkerTextRule, QStringLiteral("colleagues")));

    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK_FALSE(editor->isApproved());
    CHECK(editor->status()->text().contains(QStringLiteral("was written for colleagues")));

    replaceText(copied, QStringLiteral("The agency will keep Julie on your weekday visits."));
    copied->checkNow();
    CHECK_FALSE(copied->isWorkerText());
    CHECK_FALSE(anyFinding(*editor, ui::SentenceEdit::kWorkerTextRule, QString()));
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK(editor->isApproved());
}

TEST_CASE(
    "the PDF is offered under the case reference, not the person's name, and said once to be unencrypted")
{
    LetterEditorFixture fixture;
    fixture.chooser->pdf = fixture.output.filePath(QStringLiteral("chosen.pdf"));
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris);
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    REQUIRE(editor->isApproved());
    QSignalSpy saved(editor->output(), &ui::LetterOutput::saved);
    QTest::mouseClick(editor->pdfButton(), Qt::LeftButton);
    REQUIRE((saved.count() > 0 || saved.wait(kSlowEnough)));

    const QString offered = QFileInfo(fixture.chooser->suggested).fileName();
    const QString reference = fixture.stored(fixture.stories.doris).reference;
    CHECK(offered == reference + QStringLiteral(" letter 2026-03-02.pdf"));
    CHECK_FALSE(offered.contains(QStringLiteral("Doris")));
    CHECK(editor->status()->text().count(QStringLiteral("not encrypted")) == 1);
    CHECK(QFileInfo(fixture.chooser->pdf).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
}

TEST_CASE("approval asks first how the letter will reach them, and the answer is in the letter's history")
{
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya,
                                                  LetterEditorFixture::SafeToSend::NotAnswered);
    CHECK(editor->safeToSend()->consequence()->isVisible()); // "Answer this before you approve the letter."
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK_FALSE(editor->isApproved());
    CHECK(editor->status()->text().contains(QStringLiteral("how the letter will reach Priya")));

    LetterEditorFixture::chooseRoute(editor, core::LetterRoute::PostToTheirHome);
    CHECK(editor->safeToSend()->othersMayRead()->isVisible());
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK_FALSE(editor->isApproved()); // not known whether others there may read it
    CHECK(editor->status()->text().contains(QStringLiteral("in person")));

    LetterEditorFixture::chooseOthersMayRead(editor, core::YesNoUnknown::No);
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK(editor->isApproved());

    QStringList history;
    for (int row = 0; row < editor->history()->count(); ++row)
        history << editor->history()->item(row)->text();
    INFO(history.join(u'\n').toStdString());
    CHECK(history.join(u'\n').contains(QStringLiteral("Safe to send: Post it to their home.")));
    CHECK(history.join(u'\n').contains(QStringLiteral("may read it: no")));
    CHECK(history.last().endsWith(QStringLiteral("Approved.")));
}

TEST_CASE("posted where the person who may have caused harm lives, the saved letter leaves out what happened")
{
    LetterEditorFixture fixture;
    fixture.chooser->pdf = fixture.output.filePath(QStringLiteral("for the post.pdf"));
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.doris,
                                                  LetterEditorFixture::SafeToSend::NotAnswered);
    LetterEditorFixture::chooseRoute(editor, core::LetterRoute::PostToTheirHome);
    LetterEditorFixture::chooseOthersMayRead(editor, core::YesNoUnknown::Yes);
    CHECK(editor->safeToSend()->consequence()->text().contains(QStringLiteral("full letter in person")));
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    REQUIRE(editor->isApproved());

    QSignalSpy saved(editor->output(), &ui::LetterOutput::saved);
    QTest::mouseClick(editor->pdfButton(), Qt::LeftButton);
    REQUIRE((saved.count() > 0 || saved.wait(kSlowEnough)));
    CHECK(editor->status()->text().contains(QStringLiteral("short letter for posting")));
    const QString text = pdfText(fixture.chooser->pdf);
    CHECK(text.contains(QStringLiteral("I would like to talk with you.")));
    CHECK(text.contains(QStringLiteral("01632 960123")));
    CHECK_FALSE(text.contains(QString::fromLatin1(kDorisOutcome)));
    CHECK_FALSE(text.contains(QStringLiteral("What happened")));
}
