#include "team/OpenBundleDialog.h"

#include "common/DisplayFormats.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QString whoSent(const core::TeamMemberKey& sender)
{
    return sender.keys.role.isEmpty()
        ? sender.keys.name
        : OpenBundleDialog::tr("%1, %2").arg(sender.keys.name, sender.keys.role);
}

} // namespace

OpenBundleDialog::OpenBundleDialog(QSqlDatabase db, QByteArray bundle, std::function<QString()> practitioner,
                                   std::function<QDateTime()> now, QWidget* parent)
    : QDialog(parent),
      m_db(std::move(db)),
      m_bundle(std::move(bundle)),
      m_practitioner(std::move(practitioner)),
      m_now(std::move(now)),
      m_preview(core::inspectBundle(m_db, m_bundle)),
      m_summary(new QLabel(this)),
      m_contents(new QListWidget(this)),
      m_import(new QPushButton(tr("&Add these cases to this store"), this)),
      m_close(nullptr),
      m_note(new GentleNote(this))
{
    setObjectName(QStringLiteral("openBundleDialog"));
    setWindowTitle(tr("Open a bundle"));
    m_summary->setObjectName(QStringLiteral("bundleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_contents->setObjectName(QStringLiteral("bundleContents"));
    m_import->setObjectName(QStringLiteral("importBundleButton"));

    const bool canOpen = m_preview.ok();
    QString heading;
    if (canOpen) {
        heading = tr("A bundle from %1").arg(m_preview.sender.keys.name);
        QStringList others;
        for (const core::PublicKeys& recipient : m_preview.manifest.recipients) {
            if (recipient.signingKey != m_preview.sender.keys.signingKey && !recipient.name.isEmpty())
                others << recipient.name;
        }
        m_summary->setText(
            tr("Made by %1 on %2. Their keys were checked by %3 on %4. It holds %n case(s), "
               "listed below. Adding them copies the whole records into this store.",
               nullptr, int(m_preview.cases.size()))
                .arg(whoSent(m_preview.sender), shortDateTime(m_preview.manifest.madeAt.toLocalTime()),
                     m_preview.sender.trustedBy, shortDate(m_preview.sender.trustedAt.date()))
            + (others.size() > 1 ? u'\n' + tr("Sent to: %1.").arg(others.join(QStringLiteral(", ")))
                                 : QString()));
        m_contents->setAccessibleName(tr("Cases in this bundle"));
        m_contents->addItems(m_preview.cases);
        if (m_preview.manifest.kind == core::BundleKind::Aggregate) {
            // A team's figures for the Board: counts only, nothing about anyone (docs/bundles.md).
            m_summary->setText(
                tr("Made by %1 on %2. Their keys were checked by %3 on %4. It holds a team's %5, "
                   "as counts only: no names, case details or dates. Adding them counts them in "
                   "this store's figures for that reporting year.")
                    .arg(whoSent(m_preview.sender), shortDateTime(m_preview.manifest.madeAt.toLocalTime()),
                         m_preview.sender.trustedBy, shortDate(m_preview.sender.trustedAt.date()),
                         m_preview.message));
            m_import->setText(tr("&Add these figures to this store"));
        }
    } else {
        heading = tr("This bundle cannot be opened");
        // These refusals already say that nothing changed; the others get it said once here.
        const bool saysNothingChanged = m_preview.refusal == core::BundleRefusal::AlreadyOpened
            || m_preview.refusal == core::BundleRefusal::CasesRefused
            || m_preview.refusal == core::BundleRefusal::StoreRefused;
        m_summary->setText(saysNothingChanged
                               ? m_preview.message
                               : m_preview.message + u'\n' + tr("Nothing was changed in this store."));
        m_contents->setAccessibleName(tr("Why the cases cannot be added"));
        for (const core::CaseFileProblem& problem : m_preview.problems)
            m_contents->addItem(problem.toString());
    }
    m_contents->setVisible(m_contents->count() > 0);
    m_summary->setAccessibleName(m_summary->text());

    auto* buttons = new QDialogButtonBox(canOpen ? QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_close = buttons->button(canOpen ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    if (canOpen) {
        buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
        m_import->setAccessibleName(
            m_preview.manifest.kind == core::BundleKind::Aggregate
                ? tr("Add these figures to this store")
                : tr("Add these %n case(s) to this store", nullptr, int(m_preview.cases.size())));
    } else {
        m_import->hide();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(new HeadingLabel(heading, HeadingLabel::Level::Section, this));
    layout->addWidget(m_summary);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_note);
    if (m_contents->isHidden())
        layout->addStretch(1); // the reason at the top, the button at the bottom
    layout->addWidget(buttons);
    fitToScreen(this, QSize(620, 460));

    connect(m_import, &QPushButton::clicked, this, &OpenBundleDialog::importCases);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OpenBundleDialog::importCases()
{
    const core::BundleOpening opened = core::openBundle(m_db, m_bundle, m_practitioner(), m_now());
    m_note->say(opened.message);
    if (!opened.ok())
        return;
    m_import->setEnabled(false);
    m_close->setText(tr("Close"));
    m_close->setFocus();
    emit casesImported(opened.imported);
}

} // namespace alongside::ui
