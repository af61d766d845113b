#include "casefile/PersonSection.h"

#include "capacity/LegalLabels.h"
#include "casefile/PersonDialog.h"
#include "common/AnswerLabels.h"
#include "common/DisplayFormats.h"
#include "common/ModalOnHeap.h"
#include "rules/AuthorityScope.h"
#include "rules/NhsNumber.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? QCoreApplication::translate("PersonSection", "Not recorded yet") : text;
}

int yearsBetween(const QDate& born, const QDate& today)
{
    int years = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --years;
    return years;
}
} // namespace

PersonSection::PersonSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("The person"), access, parent), m_change(new QPushButton(tr("Change &details…"), this))
{
    setObjectName(QStringLiteral("personSection"));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_names = addValue(form, tr("Name"), "personNames");
    m_born = addValue(form, tr("Born"), "personBorn");
    m_nhs = addValue(form, tr("NHS number"), "personNhsNumber");
    m_contact = addValue(form, tr("Contact"), "personContact");
    m_communication = addValue(form, tr("Communication"), "personCommunication");
    m_importantPeople = addValue(form, tr("Important to them"), "personImportantPeople");
    m_authority = addValue(form, tr("Attorney, deputy, nominee"), "personAuthority");
    m_forTheReturn = addValue(form, tr("For the national return"), "personForTheReturn");
    body()->addLayout(form);
    m_change->setObjectName(QStringLiteral("changePersonButton"));
    m_change->setAccessibleName(tr("Change the person's details"));
    body()->addWidget(m_change, 0, Qt::AlignLeft);
    connect(m_change, &QPushButton::clicked, this, &PersonSection::editPerson);
}

QLabel* PersonSection::addValue(QFormLayout* form, const QString& label, const char* objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* name = new QLabel(label, this);
    name->setBuddy(value);
    form->addRow(name, value);
    return value;
}

void PersonSection::showRecord(const core::CaseRecord& record)
{
    m_person = record.person;
    const core::Person& person = m_person;
    const QString fullName = QStringLiteral("%1 %2").arg(person.givenName, person.familyName).trimmed();
    m_names->setText(person.preferredName.isEmpty() || person.preferredName == person.givenName
                         ? fullName
                         : tr("%1 — likes to be called %2").arg(fullName, person.preferredName));
    m_born->setText(person.dateOfBirth.isValid()
                        ? tr("%1 (%2)")
                              .arg(longDate(person.dateOfBirth))
                              .arg(tr("aged %1").arg(yearsBetween(person.dateOfBirth, access().today())))
                        : tr("Not known"));
    if (person.nhsNumber.isEmpty())
        m_nhs->setText(tr("Not recorded"));
    else if (core::isValidNhsNumber(person.nhsNumber))
        m_nhs->setText(person.nhsNumber);
    else
        m_nhs->setText(
            tr("%1 — this does not check out as an NHS number; worth checking").arg(person.nhsNumber));

    QStringList contact;
    for (const QString& part : {person.address.simplified(), person.phone, person.email})
        if (!part.isEmpty())
            contact << part;
    m_contact->setText(orNotRecorded(contact.join(u'\n')));

    const core::CommunicationNeeds& needs = person.communication;
    QStringList talking;
    if (!needs.language.isEmpty())
        talking << (needs.needsInterpreter ? tr("%1, with an interpreter").arg(needs.language)
                                           : needs.language);
    else if (needs.needsInterpreter)
        talking << tr("Needs an interpreter");
    if (!needs.hearing.isEmpty())
        talking << tr("Hearing: %1").arg(needs.hearing);
    if (!needs.sight.isEmpty())
        talking << tr("Sight: %1").arg(needs.sight);
    if (needs.learningDisability)
        talking << tr("Has a learning disability");
    if (!needs.preferredWayOfTalking.isEmpty())
        talking << tr("Likes to talk: %1").arg(needs.preferredWayOfTalking);
    m_communication->setText(orNotRecorded(talking.join(u'\n')));

    QStringList people;
    for (const core::ImportantPerson& someone : person.importantPeople) {
        const QString who = someone.relationship.isEmpty()
            ? someone.name
            : tr("%1 (%2)").arg(someone.name, someone.relationship);
        people << tr("%1 — %2").arg(who, answerLabel(someone.involvement).toLower());
    }
    m_importantPeople->setText(orNotRecorded(people.join(u'\n')));

    QStringList authority;
    // What each one covers decides which IMCA duties they take away (MCA 2005 s.40(1)), so it is
    // shown with them, as the check reads it, and its absence said plainly.
    const std::vector<core::AuthorisedRepresentative> authorised = core::authorisedRepresentatives(
        person.legalRepresentatives);
    for (std::size_t i = 0; i < person.legalRepresentatives.size(); ++i) {
        const core::LegalRepresentative& representative = person.legalRepresentatives[i];
        QStringList matters;
        for (const core::AuthorityMatter matter : authorised[i].covers)
            matters << authorityMatterLabel(matter).toLower();
        QString line = tr("%1 — %2").arg(representative.name, answerLabel(representative.kind));
        line += matters.isEmpty() ? tr(" — what it covers is not recorded")
                                  : tr(" — covers %1").arg(matters.join(QStringLiteral(", ")));
        if (!representative.authorityNote.isEmpty())
            line += tr(" (%1)").arg(representative.authorityNote);
        authority << line;
    }
    m_authority->setText(authority.isEmpty() ? tr("None known") : authority.join(u'\n'));

    // The return's own labels, shown as they will be counted; a gap is said, not hidden.
    const auto orGap = [](const QString& label) { return label.isEmpty() ? tr("not recorded yet") : label; };
    m_forTheReturn->setText(
        tr("Gender: %1\nEthnicity: %2\nPrimary support reason: %3\nAutism: %4")
            .arg(orGap(person.gender), orGap(person.ethnicity), orGap(person.primarySupportReason),
                 person.autismCondition.isEmpty() ? tr("neither recorded") : person.autismCondition));
}

void PersonSection::editPerson()
{
    auto* dialog = new PersonDialog(
        m_person,
        [this](const core::Person& person) {
            const core::CaseWriteResult result = access().repository().updatePerson(caseId(), person);
            return result.ok() ? QString() : result.error;
        },
        this);
    // On the heap: a lock while it is open deletes this section and the dialog with it.
    if (acceptedModal(dialog) == true)
        emit changed();
}

} // namespace alongside::ui
