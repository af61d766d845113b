#include "dialogs/ChangePassphraseDialog.h"

#include "common/PassphraseFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

ChangePassphraseDialog::ChangePassphraseDialog(ChangeFunction change, QWidget* parent)
    : QDialog(parent),
      m_change(std::move(change)),
      m_current(new QLineEdit(this)),
      m_next(new QLineEdit(this)),
      m_confirmation(new QLineEdit(this)),
      m_feedback(new PassphraseFeedback(m_next, m_confirmation, this)),
      m_message(new QLabel(this)),
      m_changeButton(nullptr),
      m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    for (QLineEdit* field : {m_current, m_next, m_confirmation})
        field->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_next->setObjectName(QStringLiteral("newPassphrase"));
    m_next->setAccessibleName(tr("New passphrase"));
    m_confirmation->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirmation->setAccessibleName(tr("New passphrase again"));
    m_message->setObjectName(QStringLiteral("changePassphraseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 16, 20, 12);
    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("&Current passphrase"), m_current);
    form->addRow(tr("&New passphrase"), m_next);
    form->addRow(tr("New passphrase &again"), m_confirmation);
    form->addRow(QString(), m_feedback);
    layout->addLayout(form);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_changeButton = buttons->addButton(tr("Change passphrase"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changePassphraseButton"));
    m_changeButton->setAccessibleName(tr("Change passphrase"));
    m_changeButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    setMinimumWidth(480);

    // Accepting is the window's job only once the change has worked.
    connect(m_changeButton, &QPushButton::clicked, this, &ChangePassphraseDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_feedback, &PassphraseFeedback::readinessChanged, this,
            &ChangePassphraseDialog::updateChangeButton);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateChangeButton);
    updateChangeButton();
}

void ChangePassphraseDialog::submit()
{
    if (!m_changeButton->isEnabled())
        return;
    m_message->setText(tr("Changing passphrase… this takes a few seconds."));
    m_message->show();
    m_message->repaint(); // the change blocks this thread; say so before it starts

    QString current = m_current->text();
    QString next = m_next->text();
    m_current->clear();
    m_feedback->reset();
    const core::StoreError error = m_change(core::SecretBytes::takeUtf8(current),
                                            core::SecretBytes::takeUtf8(next));
    if (error) {
        m_message->setText(error.message);
        m_current->setFocus();
        return;
    }
    m_message->setText(tr("Your passphrase has been changed. Use the new one next time you unlock."));
    for (QWidget* field : std::initializer_list<QWidget*>{m_current, m_next, m_confirmation, m_changeButton})
        field->setEnabled(false);
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setFocus();
}

void ChangePassphraseDialog::updateChangeButton()
{
    m_changeButton->setEnabled(!m_current->text().isEmpty() && m_feedback->isReady());
}

} // namespace alongside::ui
