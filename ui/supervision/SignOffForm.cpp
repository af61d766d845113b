#include "supervision/SignOffForm.h"

#include "common/Card.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace alongside::ui {

QString describeDecision(const core::SignOffCandidate& decision)
{
    const bool risk = decision.subject == static_cast<int>(core::SignOffSubject::RiskEnablement);
    const QString when = shortDate(decision.decidedOn);
    if (risk)
        return QCoreApplication::translate("SignOffForm", "Risk enablement: %1 (%2)")
            .arg(decision.description, when);
    return QCoreApplication::translate("SignOffForm", "Acting against their wishes (%1)").arg(when);
}

SignOffForm::SignOffForm(qint64 caseId, std::vector<core::SignOffCandidate> decisions, CurrentSignOff current,
                         const QDate& today, QWidget* parent)
    : QWidget(parent),
      m_caseId(caseId),
      m_decisions(std::move(decisions)),
      m_current(std::move(current)),
      m_decision(new QComboBox(this)),
      m_already(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_role(new QLineEdit(this)),
      m_signedOn(new DateField(DateDirection::Past, this)),
      m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("signOffForm"));
    m_decision->setObjectName(QStringLiteral("signOffDecision"));
    m_decision->setAccessibleName(tr("Which decision"));
    // Long descriptions are elided in the box rather than widening the dialog past the screen.
    m_decision->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_decision->setMinimumContentsLength(30);
    for (const core::SignOffCandidate& decision : m_decisions)
        m_decision->addItem(describeDecision(decision));
    m_already->setObjectName(QStringLiteral("signOffAlready"));
    m_already->setWordWrap(true);
    makeQuiet(m_already);
    m_name->setObjectName(QStringLiteral("signOffName"));
    m_name->setAccessibleName(tr("Manager's name"));
    m_role->setObjectName(QStringLiteral("signOffRole"));
    m_role->setAccessibleName(tr("Their role"));
    m_role->setPlaceholderText(tr("For example: Team manager"));
    m_signedOn->setObjectName(QStringLiteral("signOffDate"));
    m_signedOn->setAccessibleName(tr("Day of the sign-off"));
    m_signedOn->setDate(today);
    m_signedOn->setRange(QDate(), today);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("What was weighed, and why this is the right decision for now"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 5 + 14);

    auto* intro = new QLabel(tr("A sign-off is kept as it is given. If it needs to change, sign off again: "
                                "the new sign-off takes its place and both stay in the record."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Decision"), m_decision);
    form->addRow(QString(), m_already);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("D&ay"), m_signedOn);
    form->addRow(tr("&Comment"), m_comment);

    if (m_decisions.empty()) {
        m_decision->setEnabled(false);
        m_already->setText(
            tr("There is no risk-enablement note or decision against their wishes in this case yet."));
    }
    connect(m_decision, &QComboBox::currentIndexChanged, this, &SignOffForm::showCurrent);
    showCurrent();
}

void SignOffForm::showCurrent()
{
    const int index = m_decision->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_decisions.size()))
        return;
    const std::optional<core::ManagerSignOff> given = m_current(m_decisions[static_cast<std::size_t>(index)]);
    m_already->setText(
        given ? tr("Signed off by %1 (%2) on %3.").arg(given->name, given->role, shortDate(given->signedOn))
              : tr("Not yet signed off."));
}

core::ManagerSignOff SignOffForm::signOff() const
{
    core::ManagerSignOff signOff;
    signOff.caseId = m_caseId;
    const int index = m_decision->currentIndex();
    if (index >= 0 && index < static_cast<int>(m_decisions.size())) {
        const core::SignOffCandidate& decision = m_decisions[static_cast<std::size_t>(index)];
        signOff.subject = static_cast<core::SignOffSubject>(decision.subject);
        signOff.subjectId = decision.subjectId;
    }
    signOff.name = m_name->text();
    signOff.role = m_role->text();
    signOff.signedOn = m_signedOn->date();
    signOff.comment = m_comment->toPlainText();
    return signOff;
}

} // namespace alongside::ui
