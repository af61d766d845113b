#include "team/SendCasesDialog.h"

#include "application/MakeBundle.h"
#include "application/Repositories.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/ScreenFit.h"
#include "common/TabOrder.h"
#include "shell/FileChooser.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QString bundleFilter()
{
    return SendCasesDialog::tr("Alongside bundles (*.alongside-bundle);;All files (*)");
}

QStringList checkedTexts(const QListWidget* list, int role)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            texts << list->item(row)->data(role).toString();
    }
    return texts;
}

} // namespace

SendCasesDialog::SendCasesDialog(QSqlDatabase db, std::shared_ptr<FileChooser> chooser,
                                 std::function<QString()> practitioner, std::function<QDateTime()> now,
                                 QWidget* parent)
    : QDialog(parent),
      m_db(std::move(db)),
      m_chooser(chooser ? std::move(chooser) : std::make_shared<DialogFileChooser>()),
      m_practitioner(std::move(practitioner)),
      m_now(std::move(now)),
      m_recipients(new QListWidget(this)),
      m_all(new QRadioButton(this)),
      m_chosen(new QRadioButton(tr("&Only the cases I tick"), this)),
      m_cases(new QListWidget(this)),
      m_save(new QPushButton(tr("&Save the bundle…"), this)),
      m_close(nullptr),
      m_note(new GentleNote(this))
{
    setObjectName(QStringLiteral("sendCasesDialog"));
    setWindowTitle(tr("Send cases to my team leader"));

    m_recipients->setObjectName(QStringLiteral("bundleRecipients"));
    m_recipients->setAccessibleName(tr("Who the bundle is for"));
    for (const core::TeamMemberKey& key : core::Repositories(m_db).teamKeys().all()) {
        if (key.revoked())
            continue;
        const QString who = key.keys.role.isEmpty() ? key.keys.name
                                                    : tr("%1, %2").arg(key.keys.name, key.keys.role);
        auto* item = new QListWidgetItem(who, m_recipients);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kKeyRole, key.fingerprint);
    }
    // The only colleague there is, is the only possible choice.
    if (m_recipients->count() == 1)
        m_recipients->item(0)->setCheckState(Qt::Checked);
    m_recipients->setMaximumHeight(120);

    const std::vector<core::CaseSummary> cases = core::Repositories(m_db).caseload().allCases();
    m_all->setText(tr("&Every case in this store (%n)", nullptr, int(cases.size())));
    m_all->setObjectName(QStringLiteral("sendAllCases"));
    m_chosen->setObjectName(QStringLiteral("sendChosenCases"));
    auto* which = new QButtonGroup(this);
    which->addButton(m_all);
    which->addButton(m_chosen);
    m_cases->setObjectName(QStringLiteral("bundleCases"));
    m_cases->setAccessibleName(tr("Cases to send"));
    for (const core::CaseSummary& summary : cases) {
        auto* item = new QListWidgetItem(QStringLiteral("%1   %2").arg(summary.reference, summary.personName),
                                         m_cases);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kKeyRole, summary.reference);
    }
    m_cases->setEnabled(false);

    auto* what = new QLabel(
        tr("The bundle holds the whole records of the cases you choose, as they are now. It is "
           "encrypted so that only the people you choose can open it, in their own Alongside, "
           "and signed so they know it came from you. Send it by secure email or on an "
           "encrypted USB stick."),
        this);
    what->setWordWrap(true);

    auto* toLabel = new QLabel(tr("Send &to"), this);
    toLabel->setBuddy(m_recipients);
    auto* noColleague = new QWidget(this);
    auto* noColleagueLayout = new QVBoxLayout(noColleague);
    noColleagueLayout->setContentsMargins(0, 0, 0, 0);
    auto* noColleagueText = new QLabel(
        tr("You have not trusted anyone's keys yet. Ask your team leader for their "
           "public-key file and trust it in Team members and keys first."),
        noColleague);
    noColleagueText->setWordWrap(true);
    auto* openTeamKeys = new QPushButton(tr("Open &Team members and keys…"), noColleague);
    openTeamKeys->setObjectName(QStringLiteral("openTeamKeysButton"));
    noColleagueLayout->addWidget(noColleagueText);
    noColleagueLayout->addWidget(openTeamKeys, 0, Qt::AlignLeft);
    noColleague->setVisible(m_recipients->count() == 0);
    m_recipients->setVisible(m_recipients->count() > 0);
    toLabel->setVisible(m_recipients->count() > 0); // no "Send to" pointing at an empty list

    m_save->setObjectName(QStringLiteral("saveBundleButton"));
    m_save->setAccessibleName(tr("Save the bundle"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_close = buttons->button(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(new HeadingLabel(tr("Send cases in a bundle"), HeadingLabel::Level::Section, this));
    layout->addWidget(what);
    layout->addWidget(toLabel);
    layout->addWidget(m_recipients);
    layout->addWidget(noColleague);
    layout->addWidget(new QLabel(tr("Which cases"), this));
    layout->addWidget(m_all);
    layout->addWidget(m_chosen);
    layout->addWidget(m_cases, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(640, 600));

    // Tab as the dialog reads: to whom (or the way to trust someone first), then which cases.
    chainTabs({m_recipients, openTeamKeys, m_all, m_chosen, m_cases});

    connect(m_recipients, &QListWidget::itemChanged, this, &SendCasesDialog::updateSave);
    connect(m_cases, &QListWidget::itemChanged, this, &SendCasesDialog::updateSave);
    connect(m_all, &QRadioButton::toggled, this, &SendCasesDialog::updateSave);
    connect(m_chosen, &QRadioButton::toggled, this, [this](bool on) {
        m_cases->setEnabled(on);
        updateSave();
    });
    connect(m_save, &QPushButton::clicked, this, &SendCasesDialog::saveBundle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(openTeamKeys, &QPushButton::clicked, this, [this] {
        emit teamKeysRequested();
        reject();
    });
    updateSave();
}

void SendCasesDialog::updateSave()
{
    const bool someone = !checkedTexts(m_recipients, kKeyRole).isEmpty();
    const bool cases = m_all->isChecked()
        || (m_chosen->isChecked() && !checkedTexts(m_cases, kKeyRole).isEmpty());
    m_save->setEnabled(someone && cases);
}

void SendCasesDialog::saveBundle()
{
    core::CasesBundleRequest request;
    const QStringList fingerprints = checkedTexts(m_recipients, kKeyRole);
    QStringList names;
    const core::TeamKeyRepository team = core::Repositories(m_db).teamKeys();
    for (const QString& fingerprint : fingerprints) {
        if (const auto key = team.findByFingerprint(fingerprint)) {
            request.recipients.push_back(*key);
            names << key->keys.name;
        }
    }
    request.allCases = m_all->isChecked();
    if (!request.allCases)
        request.caseReferences = checkedTexts(m_cases, kKeyRole);
    request.madeBy = m_practitioner();
    request.now = m_now();
    const QString suggested = QDir::home().filePath(
        tr("Cases for %1 %2.alongside-bundle")
            .arg(names.join(QStringLiteral(" and ")), request.now.date().toString(Qt::ISODate)));
    request.outPath = m_chooser->chooseSaveFile(this, tr("Save the bundle"), suggested, bundleFilter());
    if (request.outPath.isEmpty())
        return;
    // The save dialog has already asked before replacing a file.
    request.existing = core::ExistingFile::Replace;
    const core::MakeBundleResult made = core::makeCasesBundle(m_db, request);
    if (!made.ok()) {
        m_note->say(made.message);
        return;
    }
    m_note->say(tr("Saved %1 with %n case(s) for %2. Only they can open it, in their own Alongside.", nullptr,
                   int(made.cases.size()))
                    .arg(QDir::toNativeSeparators(request.outPath), names.join(QStringLiteral(", "))));
    m_save->setEnabled(false);
    m_close->setText(tr("Close"));
    m_close->setFocus();
}

} // namespace alongside::ui
