#include "team/RevokeKeyDialog.h"

#include "common/HeadingLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

RevokeKeyDialog::RevokeKeyDialog(const core::TeamMemberKey& key, QWidget* parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_revoke(new QPushButton(this))
{
    const QString who = key.keys.name.isEmpty() ? tr("this colleague") : key.keys.name;
    setObjectName(QStringLiteral("revokeKeyDialog"));
    setWindowTitle(tr("Revoke %1's keys").arg(who));

    auto* what = new QLabel(
        tr("From now on, bundles made with these keys will be refused in this store, and "
           "nothing can be sent to them. This cannot be undone: if %1 has new keys (a new "
           "laptop), trust their new public-key file afterwards.\n\nFingerprint: %2")
            .arg(who, key.fingerprint),
        this);
    what->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setAccessibleName(tr("Why the keys are revoked (kept with the record)"));
    m_reason->setPlaceholderText(tr("For example: laptop lost, or left the team"));
    auto* reasonLabel = new QLabel(tr("&Why (kept with the record)"), this);
    reasonLabel->setBuddy(m_reason);

    m_revoke->setText(tr("&Revoke %1's keys").arg(who));
    m_revoke->setObjectName(QStringLiteral("confirmRevokeButton"));
    m_revoke->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_revoke, QDialogButtonBox::DestructiveRole);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setAccessibleName(tr("Cancel: keep trusting these keys"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(new HeadingLabel(tr("Revoke %1's keys?").arg(who), HeadingLabel::Level::Section, this));
    layout->addWidget(what);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(500);

    connect(m_revoke, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RevokeKeyDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace alongside::ui
