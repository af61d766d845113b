#include "team/TeamKeysDialog.h"

#include "application/PersonalFile.h"
#include "application/TeamKeys.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/ModalOnHeap.h"
#include "common/ScreenFit.h"
#include "keys/PublicKeyFile.h"
#include "shell/FileChooser.h"
#include "storage/repositories/TeamKeyRepository.h"
#include "team/FingerprintLabel.h"
#include "team/RevokeKeyDialog.h"
#include "team/TeamMembersModel.h"
#include "team/TrustKeyDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr qint64 kLargestKeyFile = 64 * 1024;

QString keyFileFilter()
{
    return TeamKeysDialog::tr("Alongside public keys (*.alongside-keys);;All files (*)");
}

} // namespace

TeamKeysDialog::TeamKeysDialog(QSqlDatabase db, std::shared_ptr<FileChooser> chooser,
                               std::function<QString()> practitioner, std::function<QDateTime()> now,
                               QWidget* parent)
    : QDialog(parent),
      m_db(std::move(db)),
      m_chooser(chooser ? std::move(chooser) : std::make_shared<DialogFileChooser>()),
      m_practitioner(std::move(practitioner)),
      m_now(std::move(now)),
      m_whoAmI(new QLabel(this)),
      m_fingerprint(new FingerprintLabel(this)),
      m_saveMine(new QPushButton(tr("&Save my public-key file…"), this)),
      m_model(new TeamMembersModel(this)),
      m_table(new QTableView(this)),
      m_trust(new QPushButton(tr("&Trust a colleague's keys…"), this)),
      m_revoke(new QPushButton(tr("&Revoke the chosen keys…"), this)),
      m_note(new GentleNote(this))
{
    setObjectName(QStringLiteral("teamKeysDialog"));
    setWindowTitle(tr("Team members and keys"));

    m_whoAmI->setWordWrap(true);
    auto* readAloud = new QLabel(
        tr("Read this fingerprint to a colleague who is trusting your keys. Give them your "
           "public-key file by email or on a USB stick: nothing in it is secret."),
        this);
    readAloud->setWordWrap(true);
    m_saveMine->setObjectName(QStringLiteral("saveMyKeysButton"));
    m_saveMine->setAccessibleName(tr("Save my public-key file"));

    m_table->setObjectName(QStringLiteral("teamMembersTable"));
    m_table->setAccessibleName(tr("Colleagues whose keys this store trusts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_trust->setObjectName(QStringLiteral("trustColleagueButton"));
    m_trust->setAccessibleName(tr("Trust a colleague's keys from their public-key file"));
    m_revoke->setObjectName(QStringLiteral("revokeColleagueButton"));
    m_revoke->setAccessibleName(tr("Revoke the chosen colleague's keys"));

    auto* mineRow = new QHBoxLayout;
    mineRow->addWidget(m_fingerprint);
    mineRow->addStretch(1);
    mineRow->addWidget(m_saveMine, 0, Qt::AlignBottom);
    auto* teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_trust);
    teamButtons->addWidget(m_revoke);
    teamButtons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close team members and keys"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(new HeadingLabel(tr("Your keys"), HeadingLabel::Level::Section, this));
    layout->addWidget(m_whoAmI);
    layout->addLayout(mineRow);
    layout->addWidget(readAloud);
    layout->addSpacing(8);
    layout->addWidget(
        new HeadingLabel(tr("Colleagues whose keys you trust"), HeadingLabel::Level::Section, this));
    layout->addWidget(m_table, 1);
    layout->addLayout(teamButtons);
    layout->addWidget(m_note);
    layout->addWidget(close);
    fitToScreen(this, QSize(900, 560));

    connect(m_saveMine, &QPushButton::clicked, this, &TeamKeysDialog::saveMyKeys);
    connect(m_trust, &QPushButton::clicked, this, &TeamKeysDialog::trustFromFile);
    connect(m_revoke, &QPushButton::clicked, this, &TeamKeysDialog::revokeChosen);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamKeysDialog::updateButtons);
    refresh();
}

void TeamKeysDialog::refresh()
{
    const auto mine = core::myKeys(m_db);
    if (mine) {
        const QString name = mine->keys.name.isEmpty() ? tr("Your name is not set yet") : mine->keys.name;
        m_whoAmI->setText(
            mine->keys.name.isEmpty()
                ? tr("Your name is not set in this store, so your public-key file will not say whose "
                     "keys these are. Add it first in File, About you (who is writing).")
                : (mine->keys.role.isEmpty() ? name : tr("%1, %2").arg(name, mine->keys.role)));
        m_fingerprint->setFingerprint(mine->fingerprint);
    }
    m_model->setKeys(core::TeamKeyRepository(m_db).all());
    m_table->resizeColumnsToContents();
    updateButtons();
}

void TeamKeysDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::TeamMemberKey* key = rows.isEmpty() ? nullptr : m_model->keyAt(rows.first().row());
    m_revoke->setEnabled(key && !key->revoked());
}

void TeamKeysDialog::saveMyKeys()
{
    const auto mine = core::myKeys(m_db);
    if (!mine)
        return;
    const QString path = m_chooser->chooseSaveFile(this, tr("Save my public-key file"),
                                                   QDir::home().filePath(core::publicKeyFileName(mine->keys)),
                                                   keyFileFilter());
    if (path.isEmpty())
        return;
    // The save dialog has already asked before replacing a file.
    const core::PersonalFileResult written = core::writePersonalFile(path, mine->publicKeyFile,
                                                                     core::ExistingFile::Replace);
    m_note->say(written.written ? tr("Saved %1. Send it to your colleague, then read them your fingerprint.")
                                      .arg(QDir::toNativeSeparators(path))
                                : written.problem);
}

void TeamKeysDialog::trustFromFile()
{
    const QString path = m_chooser->chooseOpenFile(this, tr("A colleague's public-key file"),
                                                   QDir::homePath(), keyFileFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kLargestKeyFile || !file.open(QIODevice::ReadOnly)) {
        m_note->say(tr("%1 could not be read as a public-key file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QByteArray bytes = file.readAll();
    const core::TrustResult checked = core::checkColleagueKeys(m_db, bytes);
    if (checked.outcome != core::TrustOutcome::Trusted) {
        m_note->say(checked.message);
        return;
    }
    QPointer<TeamKeysDialog> alive(this);
    auto* dialog = new TrustKeyDialog(m_db, bytes, checked.key, m_practitioner, m_now, this);
    const std::optional<bool> accepted = acceptedModal(dialog);
    if (!accepted || !alive)
        return; // locked meanwhile: this dialog is gone too
    if (*accepted) {
        m_note->say(tr("You now trust %1's keys.").arg(checked.key.keys.name));
        refresh();
    }
}

void TeamKeysDialog::revokeChosen()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::TeamMemberKey* chosen = rows.isEmpty() ? nullptr : m_model->keyAt(rows.first().row());
    if (!chosen || chosen->revoked())
        return;
    const core::TeamMemberKey key = *chosen;
    QPointer<TeamKeysDialog> alive(this);
    auto* dialog = new RevokeKeyDialog(key, this);
    const QPointer<RevokeKeyDialog> asked(dialog);
    const int answer = dialog->exec();
    if (!alive || !asked)
        return;
    const QString reason = dialog->reason();
    delete dialog;
    if (answer != QDialog::Accepted)
        return;
    const core::RevokeResult revoked = core::revokeColleague(m_db, key.fingerprint, m_practitioner(), m_now(),
                                                             reason);
    m_note->say(revoked.message);
    refresh();
}

} // namespace alongside::ui
