#include "supervision/SupervisionScreens.h"

#include "common/DateField.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "supervision/SupervisionView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

namespace alongside::test {

namespace {

// Runs `then` once a modal dialog named `name` is up (inside its own exec()).
void whenDialog(const QString& name, const std::function<void(QWidget*)>& then)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, then] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != name)
            return;
        poll->deleteLater();
        then(dialog);
    });
    poll->start(50);
}

template <typename Widget>
Widget* named(QWidget* root, const char* name)
{
    return root->findChild<Widget*>(QString::fromLatin1(name));
}

// The first case under "Not yet seen on their own" (else the first case anywhere).
QModelIndex firstCaseToTalkAbout(const QTreeView& agenda)
{
    const QAbstractItemModel* model = agenda.model();
    const QModelIndex notSeenAlone = model->index(1, 0);
    if (model->rowCount(notSeenAlone) > 0)
        return model->index(0, 0, notSeenAlone);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowCount(model->index(row, 0)) > 0)
            return model->index(0, 0, model->index(row, 0));
    }
    return {};
}

void fillNote(QWidget* dialog, bool finish)
{
    QTest::keyClicks(named<QPlainTextEdit>(dialog, "answer-person-wants"),
                     QStringLiteral("To stay in his flat, and for his son to stop taking his pension."));
    QTest::keyClicks(named<QPlainTextEdit>(dialog, "answer-worries"),
                     QStringLiteral("Money going missing; he seems quieter when his son is there."));
    QTest::keyClicks(named<QPlainTextEdit>(dialog, "answer-missing-voice"),
                     QStringLiteral("His own, on his own. And the day centre staff."));
    QTest::keyClicks(named<QLineEdit>(dialog, "supervisionActionWhat"),
                     QStringLiteral("Visit him at the day centre, where he can talk alone"));
    auto* due = named<ui::DateField>(dialog, "supervisionActionDue");
    if (finish) {
        due->setDate(due->date().addDays(-17)); // agreed a while ago: now past its date
        QTest::keyClick(named<QLineEdit>(dialog, "supervisionActionWhat"), Qt::Key_Return);
        named<QPushButton>(dialog, "saveDialogSave")->click();
    }
}

} // namespace

void showSupervisionScreen(ui::MainWindow& window, const QString& screen)
{
    window.actions()->supervision()->trigger();
    ui::SupervisionView* view = window.workspace()->supervisionView();
    QTreeView* agenda = view->agenda();
    if (screen == QStringLiteral("supervision-signoff")) {
        // The first decision that went against someone's wishes, signed off part-way.
        const QModelIndex wishes = agenda->model()->index(5, 0);
        agenda->setCurrentIndex(agenda->model()->index(0, 0, wishes));
        whenDialog(QStringLiteral("signOffDialog"), [](QWidget* dialog) {
            auto* decision = named<QComboBox>(dialog, "signOffDecision");
            decision->setCurrentIndex(decision->count() - 1); // the wishes override, listed last
            QTest::keyClicks(named<QLineEdit>(dialog, "signOffName"), QStringLiteral("Jo Lead"));
            QTest::keyClicks(named<QLineEdit>(dialog, "signOffRole"), QStringLiteral("Team manager"));
            QTest::keyClicks(named<QPlainTextEdit>(dialog, "signOffComment"),
                             QStringLiteral("Her grandchildren stay at weekends; sharing with the school is "
                                            "proportionate. She has been told, and why."));
        });
        QTimer::singleShot(300, view, [view] {
            view->findChild<QPushButton*>(QStringLiteral("supervisionSignOff"))->click();
        });
        return;
    }
    agenda->setCurrentIndex(firstCaseToTalkAbout(*agenda));
    const bool openCase = screen == QStringLiteral("supervision-case");
    const bool finish = screen == QStringLiteral("supervision-view") || openCase;

    whenDialog(QStringLiteral("startSupervisionDialog"), [](QWidget* dialog) {
        QTest::keyClicks(named<QLineEdit>(dialog, "sessionTeamLeader"), QStringLiteral("Jo Lead"));
        named<QPushButton>(dialog, "saveDialogSave")->click();
    });
    whenDialog(QStringLiteral("reflectiveNoteDialog"), [finish, openCase, agenda, view](QWidget* dialog) {
        fillNote(dialog, finish);
        if (finish) // back in the view: the case talked about, chosen again
            QTimer::singleShot(200, agenda, [agenda, openCase, view] {
                agenda->setCurrentIndex(firstCaseToTalkAbout(*agenda));
                agenda->setFocus();
                if (!openCase)
                    return;
                // The action now past its date: Enter opens the case at its supervision part.
                const QModelIndex overdue = agenda->model()->index(7, 0);
                agenda->setCurrentIndex(agenda->model()->index(0, 0, overdue));
                view->findChild<QPushButton*>(QStringLiteral("supervisionOpenCase"))->click();
            });
    });
    QTimer::singleShot(300, view->noteButton(), &QPushButton::click);
}

} // namespace alongside::test
