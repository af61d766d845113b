#include "dialogs/ChangePassphraseDialog.h"

#include "common/PassphraseFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

ChangePassphraseDialog::ChangePassphraseDialog(StartFunction start, QWidget* parent)
    : QDialog(parent),
      m_start(std::move(start)),
      m_progress(new QProgressBar(this)),
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
    // The steps of the change, shown in words beside it (m_message), not by the bar alone.
    m_progress->setObjectName(QStringLiteral("changePassphraseProgress"));
    m_progress->setAccessibleName(tr("Progress of the passphrase change"));
    m_progress->setRange(0, 3);
    m_progress->setTextVisible(false);
    m_progress->hide();

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
    layout->addWidget(m_progress);

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
    if (!m_changeButton->isEnabled() || m_changing)
        return;
    m_changing = true;
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_current, m_next, m_confirmation, m_changeButton, m_closeButton})
        control->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_message->show();
    showStep(core::PassphraseChange::Step::CheckingCurrent);

    QString current = m_current->text();
    QString next = m_next->text();
    m_current->clear();
    m_feedback->reset(); // the fields let go of both passphrases now; a retry types them again
    // Its advice is for typing a new passphrase, which is not possible until the change ends
    // (and its longer, emptied-field text would be squeezed into the row's present height).
    m_feedback->hide();
    m_start(core::SecretBytes::takeUtf8(current), core::SecretBytes::takeUtf8(next));
}

void ChangePassphraseDialog::showStep(core::PassphraseChange::Step step)
{
    switch (step) {
    case core::PassphraseChange::Step::CheckingCurrent:
        m_message->setText(tr("Step 1 of 3: checking your current passphrase…"));
        break;
    case core::PassphraseChange::Step::MakingNewKey:
        m_message->setText(tr("Step 2 of 3: making the key for your new passphrase…"));
        break;
    case core::PassphraseChange::Step::WritingCopy:
        m_message->setText(tr("Step 3 of 3: writing your records again under the new key…"));
        break;
    }
    m_progress->setValue(int(step));
}

void ChangePassphraseDialog::changeEnded(const core::StoreError& error)
{
    m_changing = false;
    m_progress->hide();
    m_closeButton->setEnabled(true);
    if (error) {
        m_message->setText(error.message);
        for (QWidget* field : std::initializer_list<QWidget*>{m_current, m_next, m_confirmation})
            field->setEnabled(true);
        m_feedback->show();
        updateChangeButton();
        m_current->setFocus();
        return;
    }
    m_message->setText(tr("Your passphrase has been changed. Use the new one next time you unlock."));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setFocus();
}

void ChangePassphraseDialog::reject()
{
    if (!m_changing)
        QDialog::reject();
}

void ChangePassphraseDialog::updateChangeButton()
{
    m_changeButton->setEnabled(!m_current->text().isEmpty() && m_feedback->isReady());
}

} // namespace alongside::ui
