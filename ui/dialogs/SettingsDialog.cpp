#include "dialogs/SettingsDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

SettingsDialog::SettingsDialog(int idleMinutes, const QString& whoIsWriting, ChangeWho changeWho,
                               QWidget* parent)
    : QDialog(parent), m_who(new QLabel(this)), m_idleMinutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_who->setObjectName(QStringLiteral("whoIsWriting"));
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText);
    m_who->setText(whoIsWriting);
    auto* changeWhoButton = new QPushButton(tr("&About you…"), this);
    changeWhoButton->setObjectName(QStringLiteral("changeWhoIsWriting"));
    changeWhoButton->setAccessibleName(
        tr("Change who is writing: your name, role, team and contact details"));
    changeWhoButton->setEnabled(static_cast<bool>(changeWho));
    connect(changeWhoButton, &QPushButton::clicked, this, [this, changeWho] {
        const QString now = changeWho();
        if (!now.isEmpty())
            m_who->setText(now);
    });
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(AppSettings::kMinIdleMinutes, AppSettings::kMaxIdleMinutes);
    m_idleMinutes->setValue(idleMinutes);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setAccessibleName(tr("Lock after this many minutes without use"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 16, 20, 12);
    auto* form = new QFormLayout;
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_who, 1);
    whoRow->addWidget(changeWhoButton);
    form->addRow(tr("Who is writing"), whoRow);
    auto* whyName = new QLabel(tr("Kept in the store with every change you make to a case, so the record "
                                  "shows who wrote what."),
                               this);
    whyName->setWordWrap(true);
    form->addRow(QString(), whyName);
    form->addRow(tr("&Lock after"), m_idleMinutes);
    layout->addLayout(form);
    auto* why = new QLabel(
        tr("Alongside locks itself when nobody has used it for this long, and whenever the "
           "computer sleeps or the screen locks. Whatever you have typed is kept first, encrypted, "
           "and is there when you unlock."),
        this);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Tab as the rows are read: who is writing (and its button), then the lock time.
    setTabOrder(changeWhoButton, m_idleMinutes);
    setMinimumWidth(440);
}

int SettingsDialog::idleMinutes() const
{
    return m_idleMinutes->value();
}

bool SettingsDialog::edit(AppSettings& settings, const QString& whoIsWriting, ChangeWho changeWho,
                          QWidget* parent)
{
    SettingsDialog dialog(settings.idleLockMinutes(), whoIsWriting, std::move(changeWho), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setIdleLockMinutes(dialog.idleMinutes());
    return true;
}

} // namespace alongside::ui
