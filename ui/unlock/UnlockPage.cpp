#include "unlock/UnlockPage.h"

#include "common/CentredColumn.h"
#include "common/DemoBanner.h"
#include "common/HeadingLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent),
      m_column(nullptr),
      m_storeName(new QLabel(this)),
      m_storePath(new QLabel(this)),
      m_passphrase(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("Unlock"), this)),
      m_busy(new QLabel(tr("Unlocking…"), this)),
      m_problem(new QLabel(this)),
      m_differentStore(new QPushButton(tr("Use a different store…"), this))
{
    setObjectName(QStringLiteral("unlockPage"));
    m_storeName->setObjectName(QStringLiteral("unlockStoreName"));
    m_storeName->setTextFormat(Qt::PlainText);
    m_storePath->setObjectName(QStringLiteral("unlockStorePath"));
    m_storePath->setTextFormat(Qt::PlainText);
    m_storePath->setWordWrap(true);
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumWidth(280);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->hide();
    m_problem->setObjectName(QStringLiteral("unlockMessage"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_differentStore->setObjectName(QStringLiteral("differentStoreButton"));
    m_differentStore->setAccessibleName(tr("Use a different store"));
    // Looks like a link (it leads away, it does not act), but stays a button for the keyboard.
    m_differentStore->setFlat(true);
    m_differentStore->setCursor(Qt::PointingHandCursor);
    QPalette linkColours = m_differentStore->palette();
    linkColours.setColor(QPalette::ButtonText, linkColours.color(QPalette::Link));
    m_differentStore->setPalette(linkColours);

    auto* body = new CentredColumn(560, this);
    QWidget* column = body->column();
    m_column = body->content();
    m_column->addWidget(new HeadingLabel(tr("Unlock your store"), HeadingLabel::Level::Page, column));
    m_column->addWidget(m_storeName);
    m_column->addWidget(m_storePath);
    m_column->addSpacing(6);

    auto* label = new QLabel(tr("&Passphrase"), column);
    label->setBuddy(m_passphrase);
    auto* field = new QVBoxLayout; // the label sits with its field, closer than the page spacing
    field->setSpacing(4);
    field->addWidget(label);
    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    field->addLayout(row);
    m_column->addLayout(field);
    m_column->addWidget(m_busy);
    m_column->addWidget(m_problem);
    m_column->addSpacing(12);
    m_column->addWidget(m_differentStore, 0, Qt::AlignLeft);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(body);

    setTabOrder(m_passphrase, m_unlock);
    setTabOrder(m_unlock, m_differentStore);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::requestUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::requestUnlock);
    connect(m_differentStore, &QPushButton::clicked, this, &UnlockPage::differentStoreRequested);
}

void UnlockPage::showStore(const QString& path, const QString& demoPassphrase)
{
    const QFileInfo file(path);
    m_storeName->setText(demoPassphrase.isEmpty() ? tr("Store: %1").arg(file.fileName())
                                                  : tr("The demo store"));
    m_storePath->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_storePath->setToolTip(m_storePath->text());
    delete m_demoBanner;
    if (!demoPassphrase.isEmpty()) {
        m_demoBanner = new DemoBanner(demoPassphrase, this);
        m_column->insertWidget(3, m_demoBanner);
    }
    m_passphrase->clear();
    showProblem({});
    setBusy(false);
}

core::SecretBytes UnlockPage::takePassphrase()
{
    QString text = m_passphrase->text();
    m_passphrase->clear();
    return core::SecretBytes::takeUtf8(text);
}

void UnlockPage::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_differentStore->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        m_problem->hide();
}

void UnlockPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    // Screen readers read the description with the field the focus returns to.
    m_passphrase->setAccessibleDescription(message);
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus();
}

void UnlockPage::requestUnlock()
{
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Type the passphrase for this store first."));
        focusPassphrase();
        return;
    }
    emit unlockRequested();
}

} // namespace alongside::ui
