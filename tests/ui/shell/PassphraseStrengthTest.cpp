// The strength bar under the new passphrase, in both places one is chosen: creating a store and
// changing the passphrase. It must say the level in words (never colour alone) and agree with
// the policy that will accept or refuse the passphrase.

#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "dialogs/ChangePassphraseDialog.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

namespace {

struct StrengthShown {
    QString words;
    int bar = -1;
    bool barVisible = false;
};

StrengthShown strengthIn(const QWidget& form)
{
    const auto* label = child<QLabel>(form, "passphraseStrength");
    const auto* bar = child<QProgressBar>(form, "passphraseStrengthBar");
    return {label->text(), bar->value(), bar->isVisible() && label->isVisible()};
}

void retype(QLineEdit* field, const QString& text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("creating a store shows a strength bar with words that follow the passphrase as it is typed")
{
    ShellFixture fixture;
    fixture.chooser().newStoreLocation = fixture.folder().filePath(QStringLiteral("mine.alongside"));
    ui::MainWindow window(fixture.context());
    window.show();
    QTest::mouseClick(child<QPushButton>(window, "createStoreChoice"), Qt::LeftButton);
    auto* page = child<QWidget>(window, "createStorePage");
    auto* passphrase = child<QLineEdit>(window, "newPassphrase");
    auto* confirmation = child<QLineEdit>(window, "confirmPassphrase");
    auto* create = child<QPushButton>(window, "createStoreButton");

    const StrengthShown empty = strengthIn(*page);
    CHECK(empty.barVisible);
    CHECK(empty.words == QStringLiteral("Strength: nothing typed yet"));
    CHECK(empty.bar == 0);

    // Three common words: the hand-written policy this replaced accepted them.
    QTest::keyClicks(passphrase, QStringLiteral("cat dog cow"));
    QTest::keyClicks(confirmation, QStringLiteral("cat dog cow"));
    const StrengthShown weak = strengthIn(*page);
    CHECK(weak.words.contains(QStringLiteral("weak")));
    CHECK_FALSE(create->isEnabled());

    retype(passphrase, QString::fromLatin1(kPassphrase));
    retype(confirmation, QString::fromLatin1(kPassphrase));
    const StrengthShown good = strengthIn(*page);
    CHECK_FALSE(good.words.contains(QStringLiteral("weak")));
    CHECK(good.words.startsWith(QStringLiteral("Strength: ")));
    CHECK(good.bar > weak.bar);
    CHECK(create->isEnabled());
}

TEST_CASE("changing the passphrase shows the same strength bar, and a weak new one cannot be submitted")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));

    StrengthShown weak;
    StrengthShown strong;
    bool weakCouldSubmit = true;
    bool strongCouldSubmit = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<ui::ChangePassphraseDialog*>();
        REQUIRE(dialog != nullptr);
        auto* next = child<QLineEdit>(*dialog, "newPassphrase");
        auto* confirmation = child<QLineEdit>(*dialog, "confirmPassphrase");
        auto* change = child<QPushButton>(*dialog, "changePassphraseButton");
        QTest::keyClicks(child<QLineEdit>(*dialog, "currentPassphrase"), QString::fromLatin1(kPassphrase));
        QTest::keyClicks(next, QStringLiteral("Password123!"));
        QTest::keyClicks(confirmation, QStringLiteral("Password123!"));
        weak = strengthIn(*dialog);
        weakCouldSubmit = change->isEnabled();
        retype(next, QString::fromLatin1(kOtherPassphrase));
        retype(confirmation, QString::fromLatin1(kOtherPassphrase));
        strong = strengthIn(*dialog);
        strongCouldSubmit = change->isEnabled();
        dialog->reject();
    });
    window.actions()->changePassphrase()->trigger(); // returns when the dialog has closed

    CHECK(weak.barVisible);
    CHECK(weak.words.contains(QStringLiteral("weak")));
    CHECK_FALSE(weakCouldSubmit);
    CHECK_FALSE(strong.words.contains(QStringLiteral("weak")));
    CHECK(strong.bar > weak.bar);
    CHECK(strongCouldSubmit);
}
