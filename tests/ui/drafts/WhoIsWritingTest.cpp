#include "drafts/DraftWindow.h"

#include "casefile/CaseView.h"
#include "casefile/NoteCard.h"
#include "casefile/NotesSection.h"
#include "shell/AppSettings.h"
#include "shell/MainWindowActions.h"
#include "shell/WhoIsWritingBanner.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/PractitionerRepository.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

// Who is writing is kept in the store: asked for at first run and in Settings, and used by
// the history (and so every note's "who"), sign-offs and letters.

namespace {

// Adds a note to Sam's case and says who the record says wrote it.
QString whoWroteANote(DraftWindow& at)
{
    REQUIRE(at.window->workspace()->openCase(at.stories.sam));
    ui::NotesSection* notes = at.window->workspace()->caseView()->notes();
    QTest::keyClicks(notes->newNote(), QStringLiteral("Rang the pharmacy."));
    QTest::mouseClick(notes->addButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return notes->cards().size() == 1; }, 5000));
    const auto* written = notes->cards().front()->findChild<QLabel*>();
    REQUIRE(written != nullptr);
    return written->text();
}

// Answers the "About you" dialog once it is up.
void answerAboutYou(QObject* context, const QString& name, const QString& role, const QString& email)
{
    QTimer::singleShot(0, context, [name, role, email] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->objectName() == QStringLiteral("contactDetailsDialog"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "contactName"), name);
        QTest::keyClicks(child<QLineEdit>(*dialog, "contactRole"), role);
        QTest::keyClicks(child<QLineEdit>(*dialog, "contactEmail"), email);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveContactDetails"), Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("until the practitioner says who they are the workspace asks, and the record says Practitioner")
{
    DraftWindow at;
    CHECK(at.window->workspace()->whoIsWritingBanner()->isVisibleTo(at.window.get()));
    CHECK(whoWroteANote(at).endsWith(QStringLiteral("Practitioner")));
}

TEST_CASE("who is writing, given at first run, is kept in the store and is who the record and letters name")
{
    DraftWindow at;
    answerAboutYou(at.window.get(), QStringLiteral("Alex Worker"), QStringLiteral("Social worker"),
                   QStringLiteral("alex.worker@council.example"));
    QTest::mouseClick(at.window->workspace()->whoIsWritingBanner()->answerButton(), Qt::LeftButton);
    CHECK_FALSE(at.window->workspace()->whoIsWritingBanner()->isVisibleTo(at.window.get()));
    CHECK(whoWroteANote(at).endsWith(QStringLiteral("Alex Worker")));

    // In the store (not the app's settings), where the letters read it too.
    at.window->lockNow();
    {
        const auto store = openStore(at.fixture.storePath());
        const auto me = core::PractitionerRepository(store->database()).find();
        REQUIRE(me.has_value());
        CHECK(me->name == QStringLiteral("Alex Worker"));
        CHECK(me->role == QStringLiteral("Social worker"));
        CHECK(me->email == QStringLiteral("alex.worker@council.example"));
        CHECK(core::LetterRepository(store->database(), me->name).practitionerContact()->name == me->name);
        store->close();
    }
    CHECK(ui::AppSettings(at.fixture.settingsFile()).legacyPractitionerName().isEmpty());
    at.unlock();
    CHECK_FALSE(at.window->workspace()->whoIsWritingBanner()->isVisibleTo(at.window.get()));
}

TEST_CASE("who is writing can be changed in Settings, and the next change to a case carries the new name")
{
    DraftWindow at;
    QString shownAfter;
    QTimer::singleShot(0, at.window.get(), [&] {
        auto* settings = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(settings != nullptr);
        answerAboutYou(settings, QStringLiteral("Jo Example"), QStringLiteral("Senior practitioner"),
                       QString());
        QTest::mouseClick(child<QPushButton>(*settings, "changeWhoIsWriting"), Qt::LeftButton);
        shownAfter = child<QLabel>(*settings, "whoIsWriting")->text();
        settings->accept();
    });
    at.window->actions()->settings()->trigger();
    CHECK(shownAfter == QStringLiteral("Jo Example, Senior practitioner"));
    CHECK(whoWroteANote(at).endsWith(QStringLiteral("Jo Example")));
}

TEST_CASE(
    "a name an earlier version kept in the app's settings moves into the store, and out of the settings")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    QSettings(fixture.settingsFile(), QSettings::IniFormat)
        .setValue(QStringLiteral("practitioner/name"), QStringLiteral("Sam Carer"));
    {
        ui::MainWindow window(fixture.context());
        window.show();
        typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
        REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
        CHECK_FALSE(window.workspace()->whoIsWritingBanner()->isVisibleTo(&window));
    }
    CHECK(ui::AppSettings(fixture.settingsFile()).legacyPractitionerName().isEmpty());
    const auto store = openStore(fixture.storePath());
    CHECK(core::PractitionerRepository(store->database()).find()->name == QStringLiteral("Sam Carer"));
}
