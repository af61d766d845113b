#include "supervision/SupervisionSection.h"

#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "supervision/SignOffForm.h"
#include "supervision/SupervisionAccess.h"
#include "supervision/SupervisionDialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>

namespace alongside::ui {

namespace {
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

SupervisionSection::SupervisionSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Supervision"), access, parent),
      m_content(new QWidget(this)),
      m_layout(new QVBoxLayout(m_content)),
      m_noteButton(new QPushButton(tr("Reflective note…"), this)),
      m_signOffButton(new QPushButton(tr("Manager sign-off…"), this))
{
    setObjectName(QStringLiteral("supervisionSection"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    body()->addWidget(m_content);
    m_noteButton->setObjectName(QStringLiteral("caseReflectiveNote"));
    m_noteButton->setAccessibleName(tr("Write a reflective note about this case"));
    m_signOffButton->setObjectName(QStringLiteral("caseSignOff"));
    m_signOffButton->setAccessibleName(tr("Record a manager's sign-off of a decision"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_noteButton);
    buttons->addWidget(m_signOffButton);
    buttons->addStretch(1);
    body()->addLayout(buttons);

    connect(m_noteButton, &QPushButton::clicked, this, [this] {
        const qint64 session = todaysSupervision(this, this->access());
        if (session != 0 && writeReflectiveNote(this, this->access(), session, caseId(), m_personName))
            emit changed();
    });
    connect(m_signOffButton, &QPushButton::clicked, this, [this] {
        if (signOffDecision(this, this->access(), caseId()))
            emit changed();
    });
}

void SupervisionSection::showRecord(const core::CaseRecord& record)
{
    m_personName = record.person.displayName();
    qDeleteAll(m_content->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    showNotes();
    showActions();
    showSignOffs();
}

void SupervisionSection::showNotes()
{
    const core::SupervisionRepository repository = supervisionRepository(access());
    const std::vector<core::ReflectiveNote> notes = repository.notesFor(caseId());
    if (notes.empty()) {
        m_layout->addWidget(plainLabel(tr("Not talked about in supervision yet."), m_content));
        return;
    }
    for (const core::ReflectiveNote& note : notes) {
        auto* card = new Card(QStringLiteral("reflectiveNote"), m_content);
        const std::optional<core::SupervisionSession> session = repository.session(note.sessionId);
        auto* when = plainLabel(
            session ? tr("Supervision on %1 with %2").arg(longDate(session->heldOn), session->teamLeader)
                    : tr("Supervision"),
            card);
        makeQuiet(when);
        card->content()->addWidget(when);
        for (const auto& [prompt, answer] : note.answers) {
            auto* question = plainLabel(core::promptQuestion(prompt), card);
            QFont bold = question->font();
            bold.setBold(true);
            question->setFont(bold);
            card->content()->addWidget(question);
            card->content()->addWidget(plainLabel(answer, card));
        }
        m_layout->addWidget(card);
    }
}

void SupervisionSection::showActions()
{
    for (const core::SupervisionAction& action : supervisionRepository(access()).actionsFor(caseId())) {
        auto* row = new QWidget(m_content);
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(plainLabel(tr("Agreed in supervision: %1 — %2, by %3")
                                       .arg(action.what, action.owner, shortDate(action.dueOn)),
                                   row),
                        1);
        if (action.isDone()) {
            auto* done = plainLabel(tr("Done %1").arg(shortDate(action.doneOn)), row);
            makeQuiet(done);
            line->addWidget(done, 0, Qt::AlignTop);
        } else {
            auto* done = new QPushButton(tr("Done"), row);
            done->setObjectName(QStringLiteral("supervisionActionDone"));
            done->setAccessibleName(tr("Mark done: %1").arg(action.what));
            line->addWidget(done, 0, Qt::AlignTop);
            const qint64 actionId = action.id;
            connect(done, &QPushButton::clicked, this, [this, actionId] {
                report(supervisionRepository(access()).completeAction(actionId, access().today()));
            });
        }
        m_layout->addWidget(row);
    }
}

void SupervisionSection::showSignOffs()
{
    const core::SupervisionRepository repository = supervisionRepository(access());
    const std::vector<core::ManagerSignOff> signOffs = repository.signOffsFor(caseId());
    std::map<std::pair<int, qint64>, QString> described;
    for (const core::SignOffCandidate& decision : repository.decisionsFor(caseId()))
        described[{decision.subject, decision.subjectId}] = describeDecision(decision);
    // Newest first; a superseded sign-off reads beneath the one that took its place.
    for (auto it = signOffs.rbegin(); it != signOffs.rend(); ++it) {
        bool superseded = false;
        for (const core::ManagerSignOff& later : signOffs)
            superseded = superseded || later.supersedes == it->id;
        QString text = tr("%1 — signed off by %2 (%3) on %4.")
                           .arg(described[{static_cast<int>(it->subject), it->subjectId}], it->name, it->role,
                                shortDate(it->signedOn));
        if (!it->comment.isEmpty())
            text += QLatin1Char(' ') + tr("“%1”").arg(it->comment);
        auto* label = plainLabel(superseded ? tr("Earlier: %1").arg(text) : text, m_content);
        label->setObjectName(QStringLiteral("managerSignOff"));
        if (superseded)
            makeQuiet(label);
        m_layout->addWidget(label);
    }
}

} // namespace alongside::ui
