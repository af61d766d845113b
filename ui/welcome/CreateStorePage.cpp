#include "welcome/CreateStorePage.h"

#include "common/CentredColumn.h"
#include "common/HeadingLabel.h"
#include "common/PassphraseFeedback.h"
#include "shell/FileChooser.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

CreateStorePage::CreateStorePage(FileChooser& fileChooser, QWidget* parent)
    : QWidget(parent),
      m_fileChooser(fileChooser),
      m_location(new QLineEdit(this)),
      m_changeLocation(new QPushButton(tr("Change…"), this)),
      m_passphrase(new QLineEdit(this)),
      m_confirmation(new QLineEdit(this)),
      m_feedback(new PassphraseFeedback(m_passphrase, m_confirmation, this)),
      m_status(new QLabel(this)),
      m_back(new QPushButton(tr("Back"), this)),
      m_create(new QPushButton(tr("Create store"), this))
{
    setObjectName(QStringLiteral("createStorePage"));
    m_location->setObjectName(QStringLiteral("newStoreLocation"));
    m_location->setReadOnly(true);
    m_location->setAccessibleName(tr("Where the store will be kept"));
    m_changeLocation->setObjectName(QStringLiteral("changeLocationButton"));
    m_changeLocation->setAccessibleName(tr("Change where the store will be kept"));
    for (QLineEdit* field : {m_passphrase, m_confirmation})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirmation->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirmation->setAccessibleName(tr("New passphrase again"));
    m_back->setAccessibleName(tr("Back to the first choices"));
    m_create->setObjectName(QStringLiteral("createStoreButton"));
    m_create->setAccessibleName(tr("Create store"));
    m_create->setDefault(true);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* body = new CentredColumn(600, this);
    QWidget* column = body->column();
    QVBoxLayout* layout = body->content();
    layout->addWidget(new HeadingLabel(tr("Create a new store"), HeadingLabel::Level::Page, column));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_changeLocation);
    form->addRow(tr("Kept at"), locationRow);
    form->addRow(tr("&Passphrase"), m_passphrase);
    form->addRow(tr("Type it &again"), m_confirmation);
    form->addRow(QString(), m_feedback);
    layout->addLayout(form);

    auto* warning = new QLabel(tr("Nobody, not even IT, can open the store without this passphrase. "
                                  "If it might be forgotten, write it down and keep it somewhere safe, "
                                  "away from this computer."),
                               column);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(body);

    setTabOrder(m_changeLocation, m_passphrase);
    setTabOrder(m_passphrase, m_confirmation);
    setTabOrder(m_confirmation, m_create);
    setTabOrder(m_create, m_back);

    connect(m_changeLocation, &QPushButton::clicked, this, &CreateStorePage::chooseLocation);
    connect(m_feedback, &PassphraseFeedback::readinessChanged, this, &CreateStorePage::updateCreateButton);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_feedback->isReady() && !m_busy)
            emit createRequested();
    });
    // Enter in either field creates once the form is ready.
    for (QLineEdit* field : {m_passphrase, m_confirmation})
        connect(field, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_back, &QPushButton::clicked, this, &CreateStorePage::backRequested);
    updateCreateButton();
}

void CreateStorePage::begin(const QString& suggestedLocation)
{
    m_location->setText(suggestedLocation);
    m_location->setToolTip(suggestedLocation);
    m_feedback->reset();
    showProblem({});
    setBusy(false);
    m_passphrase->setFocus();
}

QString CreateStorePage::location() const
{
    return m_location->text();
}

core::SecretBytes CreateStorePage::takePassphrase()
{
    QString text = m_passphrase->text();
    core::SecretBytes secret = core::SecretBytes::takeUtf8(text);
    m_feedback->reset();
    return secret;
}

void CreateStorePage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_changeLocation, m_passphrase, m_confirmation, m_back})
        control->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Creating the store… this takes a moment while the key is made."));
        m_status->show();
    }
    updateCreateButton();
}

void CreateStorePage::showProblem(const QString& message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_passphrase->setFocus();
}

void CreateStorePage::chooseLocation()
{
    const QString chosen = m_fileChooser.chooseNewStoreLocation(this, m_location->text());
    if (chosen.isEmpty())
        return;
    m_location->setText(chosen);
    m_location->setToolTip(chosen);
}

void CreateStorePage::updateCreateButton()
{
    m_create->setEnabled(m_feedback->isReady() && !m_busy);
}

} // namespace alongside::ui
