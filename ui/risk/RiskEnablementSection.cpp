#include "risk/RiskEnablementSection.h"

#include "capacity/LegalLabels.h"
#include "capacity/LegalRecordCard.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/FormDraft.h"
#include "common/GentleNote.h"
#include "risk/RiskEnablementForm.h"
#include "storage/repositories/CapacityRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

RiskEnablementSection::RiskEnablementSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Risk enablement"), access, parent),
      m_cards(new QWidget(this)),
      m_cardLayout(new QVBoxLayout(m_cards)),
      m_write(new QPushButton(tr("Write a risk enablement note"), this)),
      m_form(new RiskEnablementForm(access.now, this))
{
    setObjectName(QStringLiteral("riskEnablementSection"));
    auto* intro = new QLabel(
        tr("When they choose to live with a risk that matters to them: what it means to "
           "them, what could happen, what is agreed, and when to look again. Not a score."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    body()->addWidget(m_cards);
    m_write->setObjectName(QStringLiteral("writeRiskNote"));
    body()->addWidget(m_write, 0, Qt::AlignLeft);
    body()->addWidget(m_form);
    showForm(false);
    connect(m_write, &QPushButton::clicked, this, [this] { startNote(); });
    connect(m_form, &RiskEnablementForm::saveRequested, this, &RiskEnablementSection::save);
    // Cancel puts the note aside: what was typed stays a draft, waiting in this part.
    connect(m_form, &RiskEnablementForm::cancelRequested, this, [this] {
        putFormAway();
        m_write->setFocus();
    });
}

namespace {
const QString kRiskNote = QStringLiteral("risk-note");
}

void RiskEnablementSection::leavingCase()
{
    putFormAway();
}

void RiskEnablementSection::carryOnDrafts(bool arrived)
{
    if (!arrived || !m_form->isHidden())
        return;
    const std::vector<core::DraftPlace> waiting = draftsWaiting(kRiskNote);
    if (!waiting.empty())
        startNote(waiting.front().recordId);
}

void RiskEnablementSection::putFormAway()
{
    m_form->draft()->close();
    m_editing = 0;
    showForm(false);
}

core::RiskEnablementRepository RiskEnablementSection::repository() const
{
    return core::RiskEnablementRepository(access().db, access().practitioner(), access().now);
}

void RiskEnablementSection::showRecord(const core::CaseRecord& record)
{
    const std::vector<core::StoredCapacityAssessment> assessments =
        core::CapacityRepository(access().db, access().practitioner(), access().now).assessments(record.id);
    if (m_form->isHidden()) // an open form keeps what was ticked
        m_form->setChoices(record.outcomes, assessments);

    qDeleteAll(m_cards->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    const std::vector<core::StoredRiskEnablementNote> notes = repository().notes(record.id);
    for (const core::StoredRiskEnablementNote& stored : notes) {
        const core::RiskEnablementNote& note = stored.note;
        QStringList details;
        if (!note.whatItMeans.isEmpty())
            details << tr("What it means to them: %1").arg(note.whatItMeans);
        for (const qint64 outcomeId : stored.outcomeIds)
            for (const core::DesiredOutcome& outcome : record.outcomes)
                if (outcome.id == outcomeId && outcome.current())
                    details << tr("Serves: “%1”").arg(outcome.current()->wording);
        if (stored.capacityAssessmentId)
            for (const core::StoredCapacityAssessment& assessment : assessments)
                if (assessment.id == *stored.capacityAssessmentId)
                    details << tr("Capacity: %1 — %2")
                                   .arg(assessment.assessment.decision,
                                        conclusionLabel(assessment.assessment.conclusion));
        details << tr("Decided by %1 on %2")
                       .arg(note.decidedBy.isEmpty() ? tr("(not recorded)") : note.decidedBy,
                            shortDate(note.decidedOn));
        // Review dates are for looking again, gently: due or past due is said, not shouted.
        const bool due = note.reviewOn.isValid() && note.reviewOn <= access().today();
        details << (due ? tr("Review was due %1 — time to look again").arg(shortDate(note.reviewOn))
                        : tr("Review by %1").arg(shortDate(note.reviewOn)));
        auto* card = new LegalRecordCard(QStringLiteral("riskNoteCard"), note.activity, details, m_cards);
        const qint64 id = stored.id;
        QPushButton* open = card->addButton(tr("Open"),
                                            tr("Open the risk enablement note: %1").arg(note.activity));
        connect(open, &QPushButton::clicked, this, [this, id] { startNote(id); });
        m_cardLayout->addWidget(card);
    }
    if (notes.empty()) {
        auto* none = new QLabel(tr("No risk enablement notes yet."), m_cards);
        none->setObjectName(QStringLiteral("noRiskNotes"));
        m_cardLayout->addWidget(none);
    }
}

void RiskEnablementSection::startNote(qint64 noteId)
{
    const std::optional<core::CaseRecord> record = access().repository().load(caseId());
    if (!record)
        return;
    m_form->setChoices(
        record->outcomes,
        core::CapacityRepository(access().db, access().practitioner(), access().now).assessments(caseId()));
    m_form->draft()->close(); // the note it was at stays a draft
    m_editing = noteId;
    m_form->clear();
    if (noteId != 0) {
        const std::optional<core::StoredRiskEnablementNote> stored = repository().note(noteId);
        if (!stored)
            return;
        m_form->fill(stored->note, stored->outcomeIds, stored->capacityAssessmentId);
    }
    showForm(true);
    // Opened once it shows the note as stored: a draft is what differs from that.
    m_form->draft()->open(draftPlace(kRiskNote, noteId));
    m_form->activity()->setFocus();
}

void RiskEnablementSection::save()
{
    if (const QString unread = unreadDateIn(m_form); !unread.isEmpty()) {
        problem()->say(unread);
        return;
    }
    const core::CaseWriteResult result = m_editing != 0
        ? repository().updateNote(m_editing, m_form->note(), m_form->outcomeIds(),
                                  m_form->capacityAssessmentId())
        : repository().addNote(caseId(), m_form->note(), m_form->outcomeIds(),
                               m_form->capacityAssessmentId());
    if (!result.ok()) {
        problem()->say(result.error);
        return;
    }
    m_form->draft()->forget();
    putFormAway();
    m_write->setFocus();
    report(result);
}

void RiskEnablementSection::showForm(bool show)
{
    m_form->setVisible(show);
    m_write->setVisible(!show);
}

} // namespace alongside::ui
