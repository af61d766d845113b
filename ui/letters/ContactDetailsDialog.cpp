#include "letters/ContactDetailsDialog.h"

#include "letters/LetterFileChooser.h"
#include "letters/PictureChooser.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr int kPictureSide = 96;
constexpr qint64 kLargestPicture = 4 * 1024 * 1024; // a photo, not a film: kept inside every letter
} // namespace

ContactDetailsDialog::ContactDetailsDialog(const core::PractitionerContact& contact,
                                           std::shared_ptr<LetterFileChooser> chooser, QWidget* parent)
    : QDialog(parent),
      m_chooser(std::move(chooser)),
      m_picture(contact.picture),
      m_name(new QLineEdit(contact.name, this)),
      m_role(new QLineEdit(contact.role, this)),
      m_team(new QLineEdit(contact.team, this)),
      m_phone(new QLineEdit(contact.phone, this)),
      m_email(new QLineEdit(contact.email, this)),
      m_preview(new QLabel(this)),
      m_pictureProblem(new QLabel(this)),
      m_choosePicture(new QPushButton(tr("Choose a &picture…"), this)),
      m_removePicture(new QPushButton(tr("&Remove the picture"), this))
{
    setObjectName(QStringLiteral("contactDetailsDialog"));
    setWindowTitle(tr("About you: who is writing"));
    if (!m_chooser)
        m_chooser = std::make_shared<DialogLetterFileChooser>();

    m_name->setObjectName(QStringLiteral("contactName"));
    m_name->setAccessibleName(tr("Your name, as the person knows you"));
    m_name->setPlaceholderText(tr("Jo Example"));
    m_role->setObjectName(QStringLiteral("contactRole"));
    m_role->setAccessibleName(tr("Your role"));
    m_role->setPlaceholderText(tr("Social worker"));
    m_team->setObjectName(QStringLiteral("contactTeam"));
    m_team->setAccessibleName(tr("Your team"));
    m_team->setPlaceholderText(tr("Adult Safeguarding Team"));
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setAccessibleName(tr("Your phone number"));
    m_phone->setPlaceholderText(tr("01234 567890"));
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_email->setAccessibleName(tr("Your work email"));
    m_email->setPlaceholderText(tr("jo.example@council.example"));
    m_preview->setObjectName(QStringLiteral("contactPicture"));
    m_preview->setFixedSize(kPictureSide, kPictureSide);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    m_pictureProblem->setWordWrap(true);
    m_pictureProblem->hide();
    m_choosePicture->setObjectName(QStringLiteral("chooseContactPicture"));
    m_choosePicture->setAccessibleName(tr("Choose a picture of yourself"));
    m_removePicture->setObjectName(QStringLiteral("removeContactPicture"));
    m_removePicture->setAccessibleName(tr("Remove the picture"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("R&ole"), m_role);
    form->addRow(tr("&Team"), m_team);
    form->addRow(tr("Work p&hone"), m_phone);
    form->addRow(tr("Work &email"), m_email);
    auto* pictureButtons = new QVBoxLayout;
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_removePicture);
    pictureButtons->addStretch(1);
    auto* picture = new QHBoxLayout;
    picture->addWidget(m_preview);
    picture->addLayout(pictureButtons);
    picture->addStretch(1);
    form->addRow(tr("Picture"), picture);
    form->addRow(QString(), m_pictureProblem);

    auto* why = new QLabel(tr("Your name goes with every change you make to a case, and with your "
                              "notes and sign-offs, so the record shows who wrote what. Your name, "
                              "role, team and phone also go at the end of every easy-read letter, "
                              "under “Who to contact”. A picture is optional: a photo or drawing of "
                              "you helps people who find words hard to know who you are. Without "
                              "one, a drawing of a care worker is used."),
                           this);
    why->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveContactDetails"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save my details"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(why);
    layout->addWidget(buttons);
    setMinimumWidth(500);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // The record must be able to say who wrote what.
        if (m_name->text().simplified().isEmpty()) {
            m_pictureProblem->setText(tr("Your name is needed: it goes with everything you write."));
            m_pictureProblem->show();
            m_name->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choosePicture, &QPushButton::clicked, this, &ContactDetailsDialog::choosePicture);
    connect(m_removePicture, &QPushButton::clicked, this, [this] {
        m_picture.clear();
        showPicture();
    });
    showPicture();
}

core::PractitionerContact ContactDetailsDialog::contact() const
{
    core::PractitionerContact contact;
    contact.name = m_name->text().simplified();
    contact.role = m_role->text().simplified();
    contact.team = m_team->text().simplified();
    contact.phone = m_phone->text().simplified();
    contact.email = m_email->text().simplified();
    contact.picture = m_picture;
    return contact;
}

void ContactDetailsDialog::choosePicture()
{
    const QString path = m_chooser->choosePicture(this, QDir::homePath());
    if (path.isEmpty())
        return;
    QFile file(path);
    QByteArray bytes;
    if (file.size() <= kLargestPicture && file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (bytes.isEmpty() || QImage::fromData(bytes).isNull()) {
        m_pictureProblem->setText(tr("That file could not be used as a picture. Try a PNG or JPEG "
                                     "photo smaller than 4 MB."));
        m_pictureProblem->show();
        return;
    }
    m_pictureProblem->hide();
    m_picture = bytes;
    showPicture();
}

void ContactDetailsDialog::showPicture()
{
    m_preview->setPixmap(
        PictureChooser::thumbnail(QStringLiteral("practitioner-photo"), m_picture, kPictureSide - 8));
    m_preview->setAccessibleName(m_picture.isEmpty()
                                     ? tr("No picture chosen: a drawing of a care worker is used")
                                     : tr("Your picture"));
    m_removePicture->setEnabled(!m_picture.isEmpty());
}

} // namespace alongside::ui
