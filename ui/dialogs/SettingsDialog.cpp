#include "dialogs/SettingsDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

SettingsDialog::SettingsDialog(int idleMinutes, QWidget* parent)
    : QDialog(parent), m_idleMinutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(AppSettings::kMinIdleMinutes, AppSettings::kMaxIdleMinutes);
    m_idleMinutes->setValue(idleMinutes);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setAccessibleName(tr("Lock after this many minutes without use"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 16, 20, 12);
    auto* form = new QFormLayout;
    form->addRow(tr("&Lock after"), m_idleMinutes);
    layout->addLayout(form);
    auto* why = new QLabel(
        tr("Alongside locks itself when nobody has used it for this long, and whenever the "
           "computer sleeps or the screen locks. Your quick note is saved first."),
        this);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

int SettingsDialog::idleMinutes() const
{
    return m_idleMinutes->value();
}

} // namespace alongside::ui
