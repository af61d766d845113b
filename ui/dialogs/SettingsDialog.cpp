#include "dialogs/SettingsDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

SettingsDialog::SettingsDialog(int idleMinutes, const QString& practitionerName, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_idleMinutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_name->setObjectName(QStringLiteral("practitionerName"));
    m_name->setText(practitionerName);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("As colleagues would know you"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(AppSettings::kMinIdleMinutes, AppSettings::kMaxIdleMinutes);
    m_idleMinutes->setValue(idleMinutes);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setAccessibleName(tr("Lock after this many minutes without use"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 16, 20, 12);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name"), m_name);
    auto* whyName = new QLabel(tr("Kept with every change you make to a case, so the record shows who "
                                  "wrote what."),
                               this);
    whyName->setWordWrap(true);
    form->addRow(QString(), whyName);
    form->addRow(tr("&Lock after"), m_idleMinutes);
    layout->addLayout(form);
    auto* why = new QLabel(
        tr("Alongside locks itself when nobody has used it for this long, and whenever the "
           "computer sleeps or the screen locks. Your quick note and unsaved conversations are "
           "saved first."),
        this);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

int SettingsDialog::idleMinutes() const
{
    return m_idleMinutes->value();
}

QString SettingsDialog::practitionerName() const
{
    return m_name->text().simplified();
}

bool SettingsDialog::edit(AppSettings& settings, QWidget* parent)
{
    SettingsDialog dialog(settings.idleLockMinutes(), settings.practitionerName(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setIdleLockMinutes(dialog.idleMinutes());
    settings.setPractitionerName(dialog.practitionerName());
    return true;
}

} // namespace alongside::ui
