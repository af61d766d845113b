#include "casefile/ImportantPeopleEditor.h"

#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace alongside::ui {

ImportantPeopleEditor::ImportantPeopleEditor(QWidget* parent)
    : EntryListEditor(tr("People important to them"), parent),
      m_name(new QLineEdit(this)),
      m_relationship(new QLineEdit(this)),
      m_involvement(new QComboBox(this)),
      m_contact(new QLineEdit(this))
{
    setObjectName(QStringLiteral("importantPeopleEditor"));
    m_name->setAccessibleName(tr("Their name"));
    m_relationship->setAccessibleName(tr("Who they are to the person"));
    m_relationship->setPlaceholderText(tr("For example: daughter, neighbour, friend from church"));
    m_involvement->setAccessibleName(tr("Does the person want them involved?"));
    fillAnswers(m_involvement,
                {core::Involvement::Wanted, core::Involvement::NotWanted, core::Involvement::NotAsked});
    chooseAnswer(m_involvement, core::Involvement::NotAsked);
    m_contact->setAccessibleName(tr("How to contact them"));
    fields()->addRow(tr("Na&me"), m_name);
    fields()->addRow(tr("Who they &are"), m_relationship);
    fields()->addRow(tr("&Involved?"), m_involvement);
    fields()->addRow(tr("&Contact"), m_contact);
    orderTabs();
}

void ImportantPeopleEditor::setPeople(std::vector<core::ImportantPerson> people)
{
    m_people = std::move(people);
    refresh();
}

QString ImportantPeopleEditor::describeEntry(int index) const
{
    const core::ImportantPerson& person = m_people[static_cast<std::size_t>(index)];
    const QString who = person.relationship.isEmpty() ? person.name
                                                      : tr("%1 (%2)").arg(person.name, person.relationship);
    return tr("%1 — %2").arg(who, answerLabel(person.involvement).toLower());
}

void ImportantPeopleEditor::fillFieldsFrom(int index)
{
    const core::ImportantPerson& person = m_people[static_cast<std::size_t>(index)];
    m_name->setText(person.name);
    m_relationship->setText(person.relationship);
    chooseAnswer(m_involvement, person.involvement);
    m_contact->setText(person.contact);
}

void ImportantPeopleEditor::clearFields()
{
    m_name->clear();
    m_relationship->clear();
    chooseAnswer(m_involvement, core::Involvement::NotAsked);
    m_contact->clear();
}

bool ImportantPeopleEditor::readFields(core::ImportantPerson& into) const
{
    if (m_name->text().trimmed().isEmpty() && m_relationship->text().trimmed().isEmpty())
        return false;
    into.name = m_name->text().trimmed();
    into.relationship = m_relationship->text().trimmed();
    into.involvement = chosenAnswer<core::Involvement>(m_involvement);
    into.contact = m_contact->text().trimmed();
    return true;
}

bool ImportantPeopleEditor::addFromFields()
{
    core::ImportantPerson person;
    if (!readFields(person))
        return false;
    m_people.push_back(person);
    return true;
}

bool ImportantPeopleEditor::replaceFromFields(int index)
{
    return readFields(m_people[static_cast<std::size_t>(index)]);
}

void ImportantPeopleEditor::removeEntry(int index)
{
    m_people.erase(m_people.begin() + index);
}

} // namespace alongside::ui
