#include "team/TrustKeyDialog.h"

#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "keys/KeyFingerprint.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

int digitsIn(const QString& text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits;
}

} // namespace

TrustKeyDialog::TrustKeyDialog(QSqlDatabase db, QByteArray publicKeyFile, const core::TeamMemberKey& fromFile,
                               std::function<QString()> practitioner, std::function<QDateTime()> now,
                               QWidget* parent)
    : QDialog(parent),
      m_db(std::move(db)),
      m_file(std::move(publicKeyFile)),
      m_who(fromFile.keys.name.isEmpty() ? tr("your colleague") : fromFile.keys.name),
      m_practitioner(std::move(practitioner)),
      m_now(std::move(now)),
      m_heard(new QLineEdit(this)),
      m_progress(new QLabel(this)),
      m_note(new GentleNote(this)),
      m_trust(new QPushButton(tr("&Trust these keys"), this))
{
    setObjectName(QStringLiteral("trustKeyDialog"));
    setWindowTitle(tr("Trust %1's keys").arg(m_who));

    QStringList about{fromFile.keys.name.isEmpty() ? tr("(no name given)") : fromFile.keys.name};
    if (!fromFile.keys.role.isEmpty())
        about << fromFile.keys.role;
    if (!fromFile.keys.team.isEmpty())
        about << fromFile.keys.team;
    auto* whose = new QLabel(
        tr("This file says it holds the keys of: %1").arg(about.join(QStringLiteral(", "))), this);
    whose->setWordWrap(true);

    auto* steps = new QLabel(
        tr("Before you trust it, check it with %1 in person or by phone:\n"
           "1. Phone %1 on a number you already know, not one that came with this file or its email.\n"
           "2. Ask them to open File, Team members and keys in their own Alongside and read you their "
           "fingerprint.\n"
           "3. Type the 32 digits here as you hear them.")
            .arg(m_who),
        this);
    steps->setWordWrap(true);

    m_heard->setObjectName(QStringLiteral("fingerprintHeard"));
    m_heard->setAccessibleName(tr("The fingerprint %1 reads to you").arg(m_who));
    m_heard->setPlaceholderText(tr("0000 0000 0000 0000 0000 0000 0000 0000"));
    m_heard->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,48}")), m_heard));
    QFont fixed = m_heard->font();
    fixed.setFamily(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::Monospace);
    m_heard->setFont(fixed);
    auto* heardLabel = new QLabel(tr("&Fingerprint as you hear it"), this);
    heardLabel->setBuddy(m_heard);
    m_progress->setObjectName(QStringLiteral("fingerprintProgress"));

    m_trust->setObjectName(QStringLiteral("trustKeysButton"));
    m_trust->setAccessibleName(tr("Trust %1's keys").arg(m_who));
    m_trust->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel: do not trust these keys"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(
        new HeadingLabel(tr("Check the fingerprint with %1").arg(m_who), HeadingLabel::Level::Section, this));
    layout->addWidget(whose);
    layout->addWidget(steps);
    layout->addWidget(heardLabel);
    layout->addWidget(m_heard);
    layout->addWidget(m_progress);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_heard, &QLineEdit::textChanged, this, &TrustKeyDialog::heardChanged);
    connect(m_trust, &QPushButton::clicked, this, &TrustKeyDialog::trust);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    heardChanged();
}

void TrustKeyDialog::heardChanged()
{
    const int digits = digitsIn(m_heard->text());
    m_progress->setText(tr("%1 of 32 digits").arg(digits));
    m_trust->setEnabled(digits == 32);
    m_note->clear();
}

void TrustKeyDialog::trust()
{
    m_result = core::trustColleague(m_db, m_file, m_heard->text(), m_practitioner(), m_now());
    if (!m_result.ok()) {
        m_note->say(m_result.message);
        // The note takes room: grow so every step above it stays in sight.
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
        m_heard->setFocus();
        m_heard->selectAll();
        return;
    }
    accept();
}

} // namespace alongside::ui
