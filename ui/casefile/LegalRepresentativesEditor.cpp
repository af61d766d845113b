#include "casefile/LegalRepresentativesEditor.h"

#include "casefile/AuthorityCoverField.h"
#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace alongside::ui {

using Kind = core::LegalRepresentative::Kind;

namespace {
// A property-and-affairs power can only cover property and affairs (MCA 2005 s.9(1)(b)).
bool propertyOnly(Kind kind)
{
    return kind == Kind::LpaPropertyAndFinancialAffairs || kind == Kind::DeputyPropertyAndAffairs
        || kind == Kind::EnduringPowerOfAttorney;
}
} // namespace

LegalRepresentativesEditor::LegalRepresentativesEditor(QWidget* parent)
    : EntryListEditor(tr("Attorneys, deputies and nominees"), parent),
      m_kind(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_contact(new QLineEdit(this)),
      m_covers(new AuthorityCoverField(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("legalRepresentativesEditor"));
    m_kind->setAccessibleName(tr("Kind of legal authority"));
    fillAnswers(m_kind,
                {Kind::LpaHealthAndWelfare, Kind::LpaPropertyAndFinancialAffairs,
                 Kind::DeputyHealthAndWelfare, Kind::DeputyPropertyAndAffairs, Kind::EnduringPowerOfAttorney,
                 Kind::NominatedPerson});
    m_name->setAccessibleName(tr("Attorney's, deputy's or nominee's name"));
    m_contact->setAccessibleName(tr("How to contact them"));
    m_note->setAccessibleName(tr("Conditions or limits on their authority"));
    m_note->setPlaceholderText(
        tr("As the power, order or nomination says, e.g. not life-sustaining treatment"));
    fields()->addRow(tr("&Kind"), m_kind);
    fields()->addRow(tr("Na&me"), m_name);
    fields()->addRow(tr("&Contact"), m_contact);
    fields()->addRow(tr("Co&vers"), m_covers);
    fields()->addRow(tr("Con&ditions"), m_note);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_covers->setPropertyOnly(propertyOnly(chosenAnswer<Kind>(m_kind))); });
    orderTabs();
}

void LegalRepresentativesEditor::setRepresentatives(std::vector<core::LegalRepresentative> representatives)
{
    m_representatives = std::move(representatives);
    refresh();
}

QString LegalRepresentativesEditor::describeEntry(int index) const
{
    const core::LegalRepresentative& representative = m_representatives[static_cast<std::size_t>(index)];
    if (representative.covers.isEmpty() && !propertyOnly(representative.kind))
        return tr("%1 — %2 — what it covers is not recorded")
            .arg(representative.name, answerLabel(representative.kind));
    return tr("%1 — %2").arg(representative.name, answerLabel(representative.kind));
}

void LegalRepresentativesEditor::fillFieldsFrom(int index)
{
    const core::LegalRepresentative& representative = m_representatives[static_cast<std::size_t>(index)];
    chooseAnswer(m_kind, representative.kind);
    m_name->setText(representative.name);
    m_contact->setText(representative.contact);
    m_covers->setPropertyOnly(propertyOnly(representative.kind));
    if (!propertyOnly(representative.kind))
        m_covers->setCovers(representative.covers);
    m_note->setText(representative.authorityNote);
}

void LegalRepresentativesEditor::clearFields()
{
    m_kind->setCurrentIndex(0);
    m_name->clear();
    m_contact->clear();
    m_covers->setPropertyOnly(propertyOnly(chosenAnswer<Kind>(m_kind)));
    m_covers->setCovers({});
    m_note->clear();
}

bool LegalRepresentativesEditor::readFields(core::LegalRepresentative& into) const
{
    if (m_name->text().trimmed().isEmpty())
        return false;
    into.kind = chosenAnswer<Kind>(m_kind);
    into.name = m_name->text().trimmed();
    into.contact = m_contact->text().trimmed();
    into.covers = m_covers->covers();
    into.authorityNote = m_note->text().trimmed();
    return true;
}

bool LegalRepresentativesEditor::addFromFields()
{
    core::LegalRepresentative representative;
    if (!readFields(representative))
        return false;
    m_representatives.push_back(representative);
    return true;
}

bool LegalRepresentativesEditor::replaceFromFields(int index)
{
    return readFields(m_representatives[static_cast<std::size_t>(index)]);
}

void LegalRepresentativesEditor::removeEntry(int index)
{
    m_representatives.erase(m_representatives.begin() + index);
}

} // namespace alongside::ui
