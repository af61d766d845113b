// File → Team members and keys…, Send cases to my team leader… and Open a bundle…, driven as a
// practitioner would, over real stores and real bundle files.

#include "bundles/TeamFixture.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "common/GentleNote.h"
#include "keys/KeyFingerprint.h"
#include "keys/PublicKeyFile.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/TeamKeyRepository.h"
#include "team/FingerprintLabel.h"
#include "team/OpenBundleDialog.h"
#include "team/RevokeKeyDialog.h"
#include "team/SendCasesDialog.h"
#include "team/TeamKeysDialog.h"
#include "team/TrustKeyDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

namespace {

const QDateTime kNow = kTeamNow;

std::function<QString()> practitioner(const Colleague& colleague)
{
    return [name = colleague.name] { return name; };
}

std::function<QDateTime()> fixedClock()
{
    return [] { return kNow; };
}

QString writeKeyFile(const Colleague& owner)
{
    const QString path = owner.file(QStringLiteral("mine.alongside-keys"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(owner.publicKeyFile());
    return path;
}

// Every control a keyboard reaches has a name a screen reader can say.
void requireNamedControls(const QWidget& root)
{
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&root) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QString name = widget->accessibleName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && name.isEmpty())
            name = button->text();
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(name.isEmpty());
    }
}

template <typename Dialog>
Dialog* activeDialog()
{
    return qobject_cast<Dialog*>(QApplication::activeModalWidget());
}

} // namespace

TEST_CASE("Team members and keys shows this store's fingerprint, spoken to screen readers digit by digit")
{
    auto lee = makeColleague(QStringLiteral("Lee Okafor"), QStringLiteral("Team leader"));
    auto chooser = std::make_shared<ScriptedFileChooser>();
    ui::TeamKeysDialog dialog(lee->db(), chooser, practitioner(*lee), fixedClock());
    const QString fingerprint = lee->keys().fingerprint;
    CHECK(dialog.myFingerprint()->fingerprint() == fingerprint);
    CHECK(dialog.myFingerprint()->text().simplified().remove(u' ') == QString(fingerprint).remove(u' '));
    CHECK(dialog.myFingerprint()->accessibleDescription() == core::spokenFingerprint(fingerprint));
    CHECK(dialog.findChildren<QLabel*>().size() > 2);
    bool named = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        named = named || label->text().contains(QStringLiteral("Lee Okafor, Team leader"));
    CHECK(named);
    CHECK_FALSE(dialog.revokeButton()->isEnabled()); // nothing chosen
    dialog.show();
    requireNamedControls(dialog);
}

TEST_CASE("saving my public-key file writes an owner-only file a colleague can read and trust")
{
    auto lee = makeColleague(QStringLiteral("Lee Okafor"));
    auto chooser = std::make_shared<ScriptedFileChooser>();
    chooser->saveFile = lee->file(QStringLiteral("Lee public keys.alongside-keys"));
    ui::TeamKeysDialog dialog(lee->db(), chooser, practitioner(*lee), fixedClock());
    dialog.saveMyKeys();
    const core::PublicKeyFileContents read = core::readPublicKeyFile(readWholeFile(chooser->saveFile));
    REQUIRE(read.ok());
    CHECK(read.keys.name == QStringLiteral("Lee Okafor"));
    CHECK(read.fingerprint == lee->keys().fingerprint);
    CHECK_FALSE(QFileInfo(chooser->saveFile).permissions() & QFileDevice::ReadOther);
    CHECK(dialog.note()->text().contains(QStringLiteral("read them your fingerprint")));
}

TEST_CASE(
    "trusting a colleague's file needs the fingerprint as heard: a misheard one trusts nothing and says so")
{
    auto lee = makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    auto chooser = std::make_shared<ScriptedFileChooser>();
    chooser->openFile = writeKeyFile(*sam);
    ui::TeamKeysDialog dialog(lee->db(), chooser, practitioner(*lee), fixedClock());
    dialog.show();
    const QString heard = sam->keys().fingerprint;

    bool sawMismatch = false;
    bool trustWaitedForAllDigits = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto* trust = activeDialog<ui::TrustKeyDialog>();
        REQUIRE(trust);
        requireNamedControls(*trust);
        QLineEdit* field = trust->fingerprintField();
        QTest::keyClicks(field, heard.left(20));
        trustWaitedForAllDigits = !trust->trustButton()->isEnabled();
        QString misheard = heard;
        misheard[0] = misheard[0] == u'9' ? u'8' : u'9';
        field->clear();
        QTest::keyClicks(field, misheard);
        QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
        sawMismatch = trust->isVisible() && trust->note()->isVisibleTo(trust)
            && trust->note()->text().contains(QStringLiteral("does not match"));
        field->clear();
        QTest::keyClicks(field, heard);
        QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
    });
    dialog.trustFromFile();
    CHECK(trustWaitedForAllDigits);
    CHECK(sawMismatch);
    REQUIRE(dialog.colleagues()->model()->rowCount() == 1);
    CHECK(dialog.colleagues()->model()->index(0, 0).data().toString() == QStringLiteral("Sam Patel"));
    const auto stored = core::TeamKeyRepository(lee->db()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].trustedBy == QStringLiteral("Lee Okafor"));
    CHECK(stored[0].fingerprint == heard);
}

TEST_CASE("a damaged key file is refused in the dialog before any fingerprint is asked for")
{
    auto lee = makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    auto chooser = std::make_shared<ScriptedFileChooser>();
    chooser->openFile = writeKeyFile(*sam);
    QByteArray changed = readWholeFile(chooser->openFile);
    changed.replace("name: Sam Patel", "name: Sam Pattel");
    QFile file(chooser->openFile);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changed);
    file.close();
    ui::TeamKeysDialog dialog(lee->db(), chooser, practitioner(*lee), fixedClock());
    dialog.trustFromFile(); // no modal dialog: it would block here
    CHECK(dialog.note()->text().contains(QStringLiteral("changed since it was made")));
    CHECK(dialog.colleagues()->model()->rowCount() == 0);
}

TEST_CASE(
    "revoking asks first with Cancel as the default, then shows the colleague as revoked with the reason")
{
    auto lee = makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    trust(*lee, *sam);
    auto chooser = std::make_shared<ScriptedFileChooser>();
    ui::TeamKeysDialog dialog(lee->db(), chooser, practitioner(*lee), fixedClock());
    dialog.show();
    dialog.colleagues()->selectRow(0);
    REQUIRE(dialog.revokeButton()->isEnabled());

    // Enter on the question keeps the keys.
    QTimer::singleShot(0, &dialog, [] {
        auto* asked = activeDialog<ui::RevokeKeyDialog>();
        REQUIRE(asked);
        QTest::keyClick(asked, Qt::Key_Return);
    });
    dialog.revokeChosen();
    CHECK_FALSE(core::TeamKeyRepository(lee->db()).all().front().revoked());

    QTimer::singleShot(0, &dialog, [] {
        auto* asked = activeDialog<ui::RevokeKeyDialog>();
        REQUIRE(asked);
        QTest::keyClicks(asked->reasonField(), QStringLiteral("laptop lost"));
        QTest::mouseClick(asked->revokeButton(), Qt::LeftButton);
    });
    dialog.revokeChosen();
    const auto key = core::TeamKeyRepository(lee->db()).all().front();
    CHECK(key.revoked());
    CHECK(key.revokedReason == QStringLiteral("laptop lost"));
    CHECK(
        dialog.colleagues()->model()->index(0, 4).data().toString().contains(QStringLiteral("laptop lost")));
    dialog.colleagues()->selectRow(0);
    CHECK_FALSE(dialog.revokeButton()->isEnabled());
}

TEST_CASE("sending cases needs someone and some cases chosen; the bundle opens in the team leader's store")
{
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    auto lee = makeColleague(QStringLiteral("Lee Okafor"), QStringLiteral("Team leader"));
    trust(*sam, *lee);
    trust(*lee, *sam);
    sam->addCases({QStringLiteral("AL-00001"), QStringLiteral("AL-00002"), QStringLiteral("AL-00003")});
    auto chooser = std::make_shared<ScriptedFileChooser>();
    chooser->saveFile = sam->file(QStringLiteral("for Lee.alongside-bundle"));

    ui::SendCasesDialog send(sam->db(), chooser, practitioner(*sam), fixedClock());
    send.show();
    requireNamedControls(send);
    REQUIRE(send.recipients()->count() == 1);
    CHECK(send.recipients()->item(0)->checkState() == Qt::Checked); // the only colleague there is
    CHECK_FALSE(send.saveButton()->isEnabled());                    // which cases? not guessed
    send.chosenCasesChoice()->click();
    CHECK_FALSE(send.saveButton()->isEnabled());
    send.cases()->item(0)->setCheckState(Qt::Checked);
    send.cases()->item(2)->setCheckState(Qt::Checked);
    REQUIRE(send.saveButton()->isEnabled());
    QTest::mouseClick(send.saveButton(), Qt::LeftButton);
    CHECK(send.note()->text().contains(QStringLiteral("with 2 case")));
    CHECK(send.note()->text().contains(QStringLiteral("for Lee Okafor")));
    REQUIRE(QFile::exists(chooser->saveFile));

    ui::OpenBundleDialog open(lee->db(), readWholeFile(chooser->saveFile), practitioner(*lee), fixedClock());
    open.show();
    requireNamedControls(open);
    REQUIRE(open.preview().ok());
    CHECK(open.summary()->text().contains(QStringLiteral("Sam Patel")));
    REQUIRE(open.contents()->count() == 2);
    const QSet<QString> inBundle{open.contents()->item(0)->text(), open.contents()->item(1)->text()};
    CHECK(inBundle
          == QSet<QString>{send.cases()->item(0)->text().section(u' ', 0, 0),
                           send.cases()->item(2)->text().section(u' ', 0, 0)});
    CHECK(lee->count(QStringLiteral("safeguarding_case")) == 0); // nothing until confirmed
    QSignalSpy imported(&open, &ui::OpenBundleDialog::casesImported);
    QTest::mouseClick(open.importButton(), Qt::LeftButton);
    CHECK(imported.count() == 1);
    CHECK(lee->count(QStringLiteral("safeguarding_case")) == 2);
    CHECK(open.note()->text().contains(QStringLiteral("Imported 2 case")));
    CHECK_FALSE(open.importButton()->isEnabled());
}

TEST_CASE("a bundle that cannot be opened says exactly why, changes nothing, and offers only Close")
{
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    auto lee = makeColleague(QStringLiteral("Lee Okafor"));
    auto kim = makeColleague(QStringLiteral("Kim Adeyemi"));
    trust(*sam, *lee);
    sam->addCases({QStringLiteral("AL-00001")});
    const QByteArray bundle = casesBundle(*sam, {lee.get()}, {QStringLiteral("AL-00001")});

    ui::OpenBundleDialog atKim(kim->db(), bundle, practitioner(*kim), fixedClock());
    CHECK_FALSE(atKim.preview().ok());
    CHECK(atKim.summary()->text().contains(QStringLiteral("not made for this store")));
    CHECK(atKim.summary()->text().contains(QStringLiteral("Nothing was changed")));
    CHECK(atKim.importButton()->isHidden());

    // Lee has not trusted Sam: the dialog names Sam's fingerprint to check.
    ui::OpenBundleDialog atLee(lee->db(), bundle, practitioner(*lee), fixedClock());
    CHECK(atLee.summary()->text().contains(sam->keys().fingerprint));
    CHECK(lee->count(QStringLiteral("safeguarding_case")) == 0);
}

TEST_CASE("with nobody trusted yet, Send cases says so and leads to Team members and keys")
{
    auto sam = makeColleague(QStringLiteral("Sam Patel"));
    sam->addCases({QStringLiteral("AL-00001")});
    ui::SendCasesDialog send(sam->db(), nullptr, practitioner(*sam), fixedClock());
    send.show();
    CHECK(send.recipients()->isHidden());
    QSignalSpy asked(&send, &ui::SendCasesDialog::teamKeysRequested);
    QPushButton* go = child<QPushButton>(send, "openTeamKeysButton");
    CHECK(go->isVisible());
    QTest::mouseClick(go, Qt::LeftButton);
    CHECK(asked.count() == 1);
}

TEST_CASE("the File menu has the team entries, named and usable only while the store is unlocked")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    ui::MainWindowActions* actions = window.actions();
    for (QAction* action : {actions->teamKeys(), actions->sendCases(), actions->openBundle()}) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->text().contains(u'&'));
    }
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    CHECK(actions->teamKeys()->isEnabled());

    bool sawKeys = false;
    QTimer::singleShot(0, &window, [&] {
        auto* keys = activeDialog<ui::TeamKeysDialog>();
        sawKeys = keys != nullptr;
        if (keys)
            keys->reject();
    });
    actions->teamKeys()->trigger();
    CHECK(sawKeys);

    // Locking with the dialog open takes it away safely, as for every other dialog.
    QTimer::singleShot(0, &window, [&window] { window.lockNow(); });
    actions->sendCases()->trigger();
    CHECK(window.workspace() == nullptr);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(actions->openBundle()->isEnabled());
}
