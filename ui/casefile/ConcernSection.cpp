#include "casefile/ConcernSection.h"

#include "casefile/ConcernForm.h"
#include "casefile/Section42Form.h"
#include "common/AnswerLabels.h"
#include "common/DisplayFormats.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/ModalOnHeap.h"
#include "common/SaveDialog.h"
#include "common/ScreenFit.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

ConcernSection::ConcernSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("The concern"), access, parent),
      m_summary(new QLabel(this)),
      m_reported(new QLabel(this)),
      m_details(new QLabel(this)),
      m_change(new QPushButton(tr("Change the concern…"), this)),
      m_section42(nullptr)
{
    setObjectName(QStringLiteral("concernSection"));
    for (QLabel* label : {m_summary, m_reported, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body()->addWidget(label);
    }
    m_reported->setObjectName(QStringLiteral("concernReported"));
    m_change->setObjectName(QStringLiteral("changeConcernButton"));
    m_change->setAccessibleName(tr("Change the concern"));
    body()->addWidget(m_change, 0, Qt::AlignLeft);

    body()->addSpacing(8);
    body()->addWidget(
        new HeadingLabel(tr("Does the section 42 duty apply?"), HeadingLabel::Level::Section, this));
    auto* why = new QLabel(tr("Care Act 2014 s.42(1): answer each question with what you know. "
                              "Concerns that do not become enquiries still need a response recorded."),
                           this);
    why->setWordWrap(true);
    body()->addWidget(why);
    m_section42 = new Section42Form(this);
    body()->addWidget(m_section42);

    connect(m_change, &QPushButton::clicked, this, &ConcernSection::editConcern);
    connect(m_section42, &Section42Form::saveRequested, this, &ConcernSection::saveSection42);
}

void ConcernSection::showRecord(const core::CaseRecord& record)
{
    m_concern = record.concern;
    const core::Concern& concern = record.concern;
    QString when = longDate(concern.receivedOn);
    if (concern.receivedTime.isValid())
        when = tr("%1 at %2").arg(when, shortTime(concern.receivedTime));
    QString who = concern.raisedByRole.isEmpty() ? tr("someone not recorded") : concern.raisedByRole;
    if (!concern.raisedByName.isEmpty())
        who = tr("%1 (%2)").arg(who, concern.raisedByName);
    m_summary->setText(tr("Received %1, raised by %2.").arg(when, who));
    m_reported->setText(concern.whatWasReported);

    QStringList details;
    if (!concern.riskTypes.isEmpty())
        details << tr("Type of risk: %1").arg(concern.riskTypes.join(QStringLiteral("; ")));
    if (!concern.locationsOfRisk.isEmpty())
        details << tr("Where: %1").arg(concern.locationsOfRisk.join(QStringLiteral("; ")));
    if (!concern.sourcesOfRisk.isEmpty())
        details << tr("Source: %1").arg(concern.sourcesOfRisk.join(QStringLiteral("; ")));
    details << tr("Do they know it was raised? %1").arg(answerLabel(concern.personKnows));
    if (!concern.personsView.isEmpty())
        details << tr("What they think of it: %1").arg(concern.personsView);
    details << tr("Children at risk? %1 · Other adults at risk? %2")
                   .arg(answerLabel(concern.childrenAtRisk), answerLabel(concern.otherAdultsAtRisk));
    m_details->setText(details.join(u'\n'));
    m_section42->setDecision(record.section42);
}

void ConcernSection::editConcern()
{
    auto* form = new ConcernForm(ConcernForm::Extent::Full, access().today());
    form->setConcern(m_concern);
    auto* dialog = new SaveDialog(
        tr("The concern"), form, tr("Save the concern"),
        [this, form] {
            const core::CaseWriteResult result = access().repository().recordConcern(caseId(),
                                                                                     form->concern());
            return result.ok() ? QString() : result.error;
        },
        this);
    dialog->setObjectName(QStringLiteral("concernDialog"));
    fitToScreen(dialog, QSize(620, 640));
    // On the heap: a lock while it is open deletes this section and the dialog with it.
    if (acceptedModal(dialog) == true)
        emit changed();
}

void ConcernSection::saveSection42()
{
    if (!m_section42->hasDecision()) {
        problem()->say(
            tr("Choose the decision first: a section 42 enquiry, another enquiry, or no enquiry."));
        m_section42->decisionChoice()->setFocus();
        return;
    }
    core::Section42Decision decision = m_section42->decision();
    if (!decision.decidedOn.isValid())
        decision.decidedOn = access().today();
    if (decision.decidedBy.isEmpty())
        decision.decidedBy = access().practitioner();
    report(access().repository().recordSection42(caseId(), decision));
}

} // namespace alongside::ui
