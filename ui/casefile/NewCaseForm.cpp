#include "casefile/NewCaseForm.h"

#include "casefile/ConcernForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alongside::ui {

NewCaseForm::NewCaseForm(const QDate& today, QWidget* parent)
    : QWidget(parent),
      m_givenName(new QLineEdit),
      m_familyName(new QLineEdit),
      m_preferredName(new QLineEdit),
      m_concern(new ConcernForm(ConcernForm::Extent::Brief, today))
{
    setObjectName(QStringLiteral("newCaseForm"));
    m_givenName->setObjectName(QStringLiteral("newCaseGivenName"));
    m_givenName->setAccessibleName(tr("Given names"));
    m_familyName->setObjectName(QStringLiteral("newCaseFamilyName"));
    m_familyName->setAccessibleName(tr("Family name"));
    m_preferredName->setObjectName(QStringLiteral("newCasePreferredName"));
    m_preferredName->setAccessibleName(tr("The name they like to be called"));
    m_preferredName->setPlaceholderText(tr("If different, for example Sam for Samuel"));

    auto* person = new QGroupBox(tr("The person"), this);
    auto* names = new QFormLayout(person);
    names->addRow(tr("&Given names"), m_givenName);
    names->addRow(tr("&Family name"), m_familyName);
    names->addRow(tr("Likes to be &called"), m_preferredName);

    auto* concern = new QGroupBox(tr("The concern"), this);
    auto* concernLayout = new QVBoxLayout(concern);
    concernLayout->addWidget(m_concern);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(person);
    layout->addWidget(concern);
    layout->addStretch(1);
}

core::CaseRecord NewCaseForm::record() const
{
    core::CaseRecord record;
    record.person.givenName = m_givenName->text().trimmed();
    record.person.familyName = m_familyName->text().trimmed();
    record.person.preferredName = m_preferredName->text().trimmed();
    record.concern = m_concern->concern();
    return record;
}

} // namespace alongside::ui
