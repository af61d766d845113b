#include "letters/LetterScreens.h"

#include "casefile/CaseView.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "letters/ContactDetailsDialog.h"
#include "letters/LetterBlockEditor.h"
#include "letters/LetterEditor.h"
#include "letters/SafeToSendPanel.h"
#include "letters/SentenceEdit.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace alongside::test {

namespace {

qint64 caseFor(const ui::CaseloadPanel& panel, const QString& person)
{
    const QAbstractItemModel* shown = panel.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ui::CaseloadModel::Person).data().toString().startsWith(person))
            return panel.filter()->caseIdAt(row);
    }
    return 0;
}

void setContactDetails(ui::MainWindow& window)
{
    QTimer::singleShot(300, &window, [&window] {
        auto* dialog = window.findChild<ui::ContactDetailsDialog*>();
        if (!dialog)
            return;
        dialog->nameField()->setText(QStringLiteral("Jo Example"));
        dialog->roleField()->setText(QStringLiteral("Social worker"));
        dialog->teamField()->setText(QStringLiteral("Adult Safeguarding Team"));
        dialog->phoneField()->setText(QStringLiteral("01234 567890"));
        dialog->accept();
    });
    window.actions()->contactDetails()->trigger(); // returns once the timer above has saved them
}

void typeHardWords(ui::LetterEditor& editor)
{
    for (ui::LetterBlockEditor* block : editor.blocks()) {
        if (block->sentences().empty() || block->sentences().front()->isOwnWords())
            continue;
        ui::SentenceEdit* sentence = block->sentences().front();
        sentence->setFocus();
        sentence->selectAll();
        QTest::keyClicks(sentence, QStringLiteral("We will do a safeguarding enquiry."));
        return;
    }
}

// Takes the first draft offered for every sentence still in colleagues' words, and rewrites for
// Win, as her practitioner would, the one no draft can be made for.
void useEverySuggestion(ui::LetterEditor& editor)
{
    for (QPushButton* offer : editor.findChildren<QPushButton*>(QStringLiteral("useSuggestion"))) {
        if (offer->isVisible())
            offer->click();
    }
    for (ui::SentenceEdit* sentence : editor.findChildren<ui::SentenceEdit*>()) {
        if (!sentence->isWorkerText())
            continue;
        sentence->setPlainText(
            sentence->sentenceText().startsWith(QStringLiteral("Commissioners"))
                ? QStringLiteral("The council is checking the taxi company does its job well.")
                : QStringLiteral("We will tell you what happens next."));
        sentence->checkNow();
    }
}

void chooseRoute(ui::LetterEditor& editor, core::LetterRoute route, core::YesNoUnknown othersMayRead)
{
    QComboBox* routes = editor.safeToSend()->route();
    const int index = routes->findData(static_cast<int>(route));
    routes->setCurrentIndex(index);
    emit routes->activated(index);
    QComboBox* readers = editor.safeToSend()->othersMayRead();
    const int answer = readers->findData(static_cast<int>(othersMayRead));
    readers->setCurrentIndex(answer);
    emit readers->activated(answer);
}

} // namespace

void showLetterScreen(ui::MainWindow& window, const QString& screen)
{
    setContactDetails(window);
    ui::WorkspacePage* workspace = window.workspace();
    workspace->openCase(caseFor(*workspace->caseloadPanel(), QStringLiteral("Win")));
    ui::CaseView* view = workspace->caseView();
    view->letterButton()->click();
    auto* editor = view->findChild<ui::LetterEditor*>();
    if (!editor)
        return;
    // The size fitToScreen (ui/common/ScreenFit.h) gives it on a 1366×768 laptop with a taskbar,
    // so the screenshot shows the whole editor with its buttons, as a practitioner sees it.
    editor->resize(1200, 688);
    editor->move(40, 10);
    QTimer::singleShot(300, editor, [editor, screen] {
        if (screen == QStringLiteral("letter-print-preview")) {
            useEverySuggestion(*editor);
            chooseRoute(*editor, core::LetterRoute::GiveInPerson, core::YesNoUnknown::NotKnown);
            editor->readEverySentence()->click();
            editor->approveButton()->click();
            editor->printButton()->click();
        } else if (screen == QStringLiteral("letter-safe-to-send")) {
            // Posted to the home she shares with the person who may have caused harm.
            chooseRoute(*editor, core::LetterRoute::PostToTheirHome, core::YesNoUnknown::Yes);
            editor->readEverySentence()->click();
            editor->approveButton()->click(); // refused: colleagues' words are still in it
        } else {
            typeHardWords(*editor);
        }
    });
}

} // namespace alongside::test
