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
                                   core::sac::primarySupportReasons())),
      m_autism(new QComboBox(this))
{
    // SG1e counts only the two conditions it names; it has no "not known" row, so the first
    // choice is simply that neither is recorded. Its labels are long: the box is kept narrow.
    m_autism->setObjectName(QStringLiteral("sacAutismCondition"));
    m_autism->setAccessibleName(tr("Autism, as the national return counts it"));
    m_autism->addItem(tr("Neither recorded"), QString());
    for (const QString& label : core::sac::autismConditions())
        m_autism->addItem(label, label); // the return's own words, untranslated
    m_autism->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_autism->setMinimumContentsLength(28);
    for (int i = 0; i < m_autism->count(); ++i)
        m_autism->setItemData(i, m_autism->itemText(i), Qt::ToolTipRole);
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
    form->addRow(tr("Autism rec&orded"), m_autism);
}

void PersonSacFields::setPerson(const core::Person& person)
{
    choose(m_gender, person.gender);
    choose(m_ethnicity, person.ethnicity);
    choose(m_supportReason, person.primarySupportReason);
    choose(m_autism, person.autismCondition);
}

void PersonSacFields::applyTo(core::Person& person) const
{
    person.gender = m_gender->currentData().toString();
    person.ethnicity = m_ethnicity->currentData().toString();
    person.primarySupportReason = m_supportReason->currentData().toString();
    person.autismCondition = m_autism->currentData().toString();
}

} // namespace alongside::ui
