#include "casefile/PersonSacFields.h"

#include "common/Card.h"
#include "model/SacCategories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace alongside::ui {

namespace {

QComboBox* returnChoice(QWidget* parent, const char* objectName, const QString& accessibleName,
                        const QStringList& labels)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    combo->addItem(PersonSacFields::tr("Not recorded yet"), QString());
    for (const QString& label : labels)
        combo->addItem(label, label); // the return's own words, untranslated
    return combo;
}

void choose(QComboBox* combo, const QString& label)
{
    combo->setCurrentIndex(qMax(0, combo->findData(label)));
}

} // namespace

PersonSacFields::PersonSacFields(QWidget* parent)
    : QGroupBox(tr("For the national return"), parent),
      m_gender(returnChoice(this, "sacGender", tr("Gender, as the national return counts it"),
                            core::sac::genders())),
      m_ethnicity(returnChoice(this, "sacEthnicity", tr("Ethnicity, as the national return counts it"),
                               core::sac::ethnicities())),
      m_supportReason(returnChoice(this, "sacPrimarySupportReason",
                                   tr("Primary support reason, as the national return counts it"),
                                   core::sac::primarySupportReasons()))
{
    setObjectName(QStringLiteral("personSacFields"));
    auto* why = new QLabel(tr("The Safeguarding Adults Collection counts people by these groups, in its own "
                              "words. Ask how they describe themselves; “Refused” and “Not Known” are "
                              "answers too. Leave “Not recorded yet” until you know."),
                           this);
    why->setWordWrap(true);
    makeQuiet(why);
    auto* form = new QFormLayout(this);
    form->addRow(why);
    form->addRow(tr("Gende&r"), m_gender);
    form->addRow(tr("Ethnicit&y"), m_ethnicity);
    form->addRow(tr("Primary s&upport reason"), m_supportReason);
}

void PersonSacFields::setPerson(const core::Person& person)
{
    choose(m_gender, person.gender);
    choose(m_ethnicity, person.ethnicity);
    choose(m_supportReason, person.primarySupportReason);
}

void PersonSacFields::applyTo(core::Person& person) const
{
    person.gender = m_gender->currentData().toString();
    person.ethnicity = m_ethnicity->currentData().toString();
    person.primarySupportReason = m_supportReason->currentData().toString();
}

} // namespace alongside::ui
