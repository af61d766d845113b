#include "supervision/SessionForm.h"

#include "common/DateField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace alongside::ui {

SessionForm::SessionForm(const QDate& today, const QString& practitioner, QWidget* parent)
    : QWidget(parent),
      m_heldOn(new DateField(DateDirection::Past, this)),
      m_practitioner(new QLineEdit(practitioner, this)),
      m_teamLeader(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sessionForm"));
    m_heldOn->setObjectName(QStringLiteral("sessionHeldOn"));
    m_heldOn->setDate(today);
    m_heldOn->setRange(QDate(), today);
    m_practitioner->setObjectName(QStringLiteral("sessionPractitioner"));
    m_teamLeader->setObjectName(QStringLiteral("sessionTeamLeader"));
    m_teamLeader->setPlaceholderText(tr("Who is supervising"));
    m_heldOn->setAccessibleName(tr("Day of the supervision"));
    m_practitioner->setAccessibleName(tr("Whose cases"));
    m_teamLeader->setAccessibleName(tr("Supervised by"));

    auto* intro = new QLabel(tr("A time to think together about the people you are working with."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Day"), m_heldOn);
    form->addRow(tr("&Whose cases"), m_practitioner);
    form->addRow(tr("&Supervised by"), m_teamLeader);
}

core::SupervisionSession SessionForm::session() const
{
    return {0, m_heldOn->date(), m_practitioner->text().trimmed(), m_teamLeader->text().trimmed()};
}

} // namespace alongside::ui
