#include "casefile/LegalRepresentativesEditor.h"

#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace alongside::ui {

using Kind = core::LegalRepresentative::Kind;

LegalRepresentativesEditor::LegalRepresentativesEditor(QWidget* parent)
    : EntryListEditor(tr("Attorneys and deputies"), parent),
      m_kind(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_contact(new QLineEdit(this))
{
    setObjectName(QStringLiteral("legalRepresentativesEditor"));
    m_kind->setAccessibleName(tr("Kind of legal authority"));
    fillAnswers(m_kind,
                {Kind::LpaHealthAndWelfare, Kind::LpaPropertyAndFinancialAffairs,
                 Kind::DeputyHealthAndWelfare, Kind::DeputyPropertyAndAffairs});
    m_name->setAccessibleName(tr("Attorney's or deputy's name"));
    m_contact->setAccessibleName(tr("How to contact them"));
    fields()->addRow(tr("&Kind"), m_kind);
    fields()->addRow(tr("Na&me"), m_name);
    fields()->addRow(tr("&Contact"), m_contact);
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
    return tr("%1 — %2").arg(representative.name, answerLabel(representative.kind));
}

void LegalRepresentativesEditor::fillFieldsFrom(int index)
{
    const core::LegalRepresentative& representative = m_representatives[static_cast<std::size_t>(index)];
    chooseAnswer(m_kind, representative.kind);
    m_name->setText(representative.name);
    m_contact->setText(representative.contact);
}

void LegalRepresentativesEditor::clearFields()
{
    m_kind->setCurrentIndex(0);
    m_name->clear();
    m_contact->clear();
}

bool LegalRepresentativesEditor::readFields(core::LegalRepresentative& into) const
{
    if (m_name->text().trimmed().isEmpty())
        return false;
    into.kind = chosenAnswer<Kind>(m_kind);
    into.name = m_name->text().trimmed();
    into.contact = m_contact->text().trimmed();
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
