#include "team/TeamMenu.h"

#include "bundles/BundleFormat.h"
#include "shell/FileChooser.h"
#include "shell/MainWindowActions.h"
#include "team/OpenBundleDialog.h"
#include "team/SendCasesDialog.h"
#include "team/TeamKeysDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPointer>

namespace alongside::ui {

namespace {

// Runs a dialog parented to the workspace; false if a lock took it away meanwhile.
bool ranToTheEnd(QDialog* dialog)
{
    const QPointer<QDialog> watched(dialog);
    dialog->exec();
    if (!watched)
        return false;
    delete dialog;
    return true;
}

} // namespace

TeamMenu::TeamMenu(QSqlDatabase db, MainWindowActions* actions, std::shared_ptr<FileChooser> chooser,
                   std::function<QString()> practitioner, std::function<QDateTime()> now, QWidget* workspace)
    : QObject(workspace),
      m_db(std::move(db)),
      m_chooser(chooser ? std::move(chooser) : std::make_shared<DialogFileChooser>()),
      m_practitioner(std::move(practitioner)),
      m_now(std::move(now)),
      m_workspace(workspace)
{
    connect(actions->teamKeys(), &QAction::triggered, this, &TeamMenu::showTeamKeys);
    connect(actions->sendCases(), &QAction::triggered, this, &TeamMenu::sendCases);
    connect(actions->openBundle(), &QAction::triggered, this, &TeamMenu::openBundle);
}

void TeamMenu::showTeamKeys()
{
    ranToTheEnd(new TeamKeysDialog(m_db, m_chooser, m_practitioner, m_now, m_workspace));
}

void TeamMenu::sendCases()
{
    auto* dialog = new SendCasesDialog(m_db, m_chooser, m_practitioner, m_now, m_workspace);
    bool wantsTeamKeys = false;
    connect(dialog, &SendCasesDialog::teamKeysRequested, this, [&wantsTeamKeys] { wantsTeamKeys = true; });
    if (ranToTheEnd(dialog) && wantsTeamKeys)
        showTeamKeys();
}

void TeamMenu::openBundle()
{
    const QString path = m_chooser->chooseOpenFile(
        m_workspace, tr("Open a bundle"), QDir::homePath(),
        tr("Alongside bundles (*.alongside-bundle);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QByteArray bytes;
    if (file.size() <= core::bundleformat::kMaxBundleBytes && file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    auto* dialog = new OpenBundleDialog(m_db, bytes, m_practitioner, m_now, m_workspace);
    connect(dialog, &OpenBundleDialog::casesImported, this, &TeamMenu::casesImported);
    ranToTheEnd(dialog);
}

} // namespace alongside::ui
