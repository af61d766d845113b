#include "dialogs/AboutDialog.h"

#include "common/HeadingLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Alongside"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(24, 20, 24, 16);

    layout->addWidget(new HeadingLabel(tr("Alongside"), HeadingLabel::Level::Page, this));
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(ALONGSIDE_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    layout->addWidget(version);
    auto* purpose = new QLabel(tr("An encrypted case record for adult safeguarding that keeps the person's "
                                  "own words and wishes at the centre (Making Safeguarding Personal)."),
                               this);
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    auto* licences = new QLabel(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setWordWrap(true);
    licences->setTextFormat(Qt::PlainText);
    licences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    licences->setText(tr("Licences\n"
                         "Alongside: MIT\n"
                         "Qt 6: LGPL-3.0\n"
                         "SQLCipher (Zetetic): BSD-3-Clause\n"
                         "libsodium: ISC"));
    layout->addWidget(licences);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace alongside::ui
