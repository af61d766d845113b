#include "casefile/PersonDetailsForm.h"

#include "casefile/PersonSacFields.h"
#include "common/DateField.h"
#include "rules/NhsNumber.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QLineEdit* field(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

PersonDetailsForm::PersonDetailsForm(QWidget* parent)
    : QWidget(parent),
      m_givenName(field(this, "givenName", tr("Given names"))),
      m_familyName(field(this, "familyName", tr("Family name"))),
      m_preferredName(field(this, "preferredName", tr("The name they like to be called"))),
      m_dateOfBirth(new DateField(DateDirection::Past, this)),
      m_nhsNumber(field(this, "nhsNumber", tr("NHS number"))),
      m_nhsHint(new QLabel(this)),
      m_address(new QPlainTextEdit(this)),
      m_phone(field(this, "phone", tr("Phone"))),
      m_email(field(this, "email", tr("Email"))),
      m_language(field(this, "language", tr("Language"))),
      m_interpreter(new QCheckBox(tr("Needs an &interpreter"), this)),
      m_hearing(field(this, "hearing", tr("Hearing"))),
      m_sight(field(this, "sight", tr("Sight"))),
      m_learningDisability(new QCheckBox(tr("Has a learning &disability"), this)),
      m_preferredWay(field(this, "preferredWayOfTalking", tr("How they like to talk"))),
      m_sacFields(new PersonSacFields(this))
{
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setAccessibleName(tr("Date of birth"));
    // A tick, never a made-up day standing for "unknown" (which reports and ages would read).
    m_dateOfBirth->offerNotKnown(tr("Not &known"));
    m_nhsNumber->setPlaceholderText(tr("Ten digits, for example 943 476 5919"));
    m_nhsHint->setObjectName(QStringLiteral("nhsNumberHint"));
    m_nhsHint->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().height() * 4);
    m_hearing->setPlaceholderText(tr("For example: hearing aid, left ear; face me when talking"));
    m_preferredWay->setPlaceholderText(tr("In their words, where possible"));
    m_interpreter->setAccessibleName(tr("Needs an interpreter"));
    m_learningDisability->setAccessibleName(tr("Has a learning disability"));

    auto* who = new QFormLayout;
    who->addRow(tr("&Given names"), m_givenName);
    who->addRow(tr("&Family name"), m_familyName);
    who->addRow(tr("Likes to be &called"), m_preferredName);
    who->addRow(tr("Date of &birth"), m_dateOfBirth);
    who->addRow(tr("&NHS number"), m_nhsNumber);
    who->addRow(QString(), m_nhsHint);
    who->addRow(tr("&Address"), m_address);
    who->addRow(tr("&Phone"), m_phone);
    who->addRow(tr("&Email"), m_email);

    auto* talking = new QGroupBox(tr("How they communicate"), this);
    auto* talkingForm = new QFormLayout(talking);
    talkingForm->addRow(tr("&Language"), m_language);
    talkingForm->addRow(QString(), m_interpreter);
    talkingForm->addRow(tr("&Hearing"), m_hearing);
    talkingForm->addRow(tr("&Sight"), m_sight);
    talkingForm->addRow(QString(), m_learningDisability);
    talkingForm->addRow(tr("How they like to &talk"), m_preferredWay);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who);
    layout->addWidget(talking);
    layout->addWidget(m_sacFields);
    layout->addStretch(1);

    connect(m_nhsNumber, &QLineEdit::textChanged, this, &PersonDetailsForm::checkNhsNumber);
    checkNhsNumber();
}

void PersonDetailsForm::setPerson(const core::Person& person)
{
    m_givenName->setText(person.givenName);
    m_familyName->setText(person.familyName);
    m_preferredName->setText(person.preferredName);
    m_dateOfBirth->setDate(person.dateOfBirth);
    m_nhsNumber->setText(person.nhsNumber);
    m_address->setPlainText(person.address);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    const core::CommunicationNeeds& needs = person.communication;
    m_language->setText(needs.language);
    m_interpreter->setChecked(needs.needsInterpreter);
    m_hearing->setText(needs.hearing);
    m_sight->setText(needs.sight);
    m_learningDisability->setChecked(needs.learningDisability);
    m_preferredWay->setText(needs.preferredWayOfTalking);
    m_sacFields->setPerson(person);
}

void PersonDetailsForm::applyTo(core::Person& person) const
{
    person.givenName = m_givenName->text().trimmed();
    person.familyName = m_familyName->text().trimmed();
    person.preferredName = m_preferredName->text().trimmed();
    person.dateOfBirth = m_dateOfBirth->date();
    person.nhsNumber = m_nhsNumber->text().trimmed();
    person.address = m_address->toPlainText().trimmed();
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    core::CommunicationNeeds& needs = person.communication;
    needs.language = m_language->text().trimmed();
    needs.needsInterpreter = m_interpreter->isChecked();
    needs.hearing = m_hearing->text().trimmed();
    needs.sight = m_sight->text().trimmed();
    needs.learningDisability = m_learningDisability->isChecked();
    needs.preferredWayOfTalking = m_preferredWay->text().trimmed();
    m_sacFields->applyTo(person);
}

void PersonDetailsForm::checkNhsNumber()
{
    const QString typed = m_nhsNumber->text();
    const qsizetype digits = core::normaliseNhsNumber(typed).size();
    QString hint;
    if (typed.trimmed().isEmpty())
        hint = tr("Optional.");
    else if (core::isValidNhsNumber(typed))
        hint = tr("That NHS number checks out.");
    else if (digits < 10)
        hint = tr("An NHS number has ten digits; this has %1 so far.").arg(digits);
    else
        hint = tr("This does not check out as an NHS number (the last digit is a check). Worth "
                  "looking at it again, or leave it empty for now.");
    m_nhsHint->setText(hint);
    m_nhsNumber->setAccessibleDescription(hint);
}

} // namespace alongside::ui
