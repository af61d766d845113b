#include "supervision/SupervisionDialogs.h"

#include "common/ModalOnHeap.h"
#include "common/ScreenFit.h"

#include "common/SaveDialog.h"
#include "supervision/ReflectiveNoteForm.h"
#include "supervision/SessionForm.h"
#include "supervision/SignOffForm.h"
#include "supervision/SupervisionAccess.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>

namespace alongside::ui {

namespace {
// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct SupervisionDialogsText {
    Q_DECLARE_TR_FUNCTIONS(SupervisionDialogs)
};

// Modal, and safe when the window locks meanwhile (see acceptedModal): nothing was saved when
// the dialog went away with the workspace.
bool saved(SaveDialog* dialog)
{
    return acceptedModal(dialog).value_or(false);
}
} // namespace

qint64 startSupervision(QWidget* parent, const CaseAccess& access)
{
    auto* form = new SessionForm(access.today(), access.practitioner());
    qint64 started = 0;
    auto* dialog = new SaveDialog(
        SupervisionDialogsText::tr("Start a supervision"), form, SupervisionDialogsText::tr("Start"),
        [&access, form, &started] {
            const core::CaseWriteResult result = supervisionRepository(access).startSession(form->session());
            started = result.id;
            return result.ok() ? QString() : result.error;
        },
        parent);
    dialog->setObjectName(QStringLiteral("startSupervisionDialog"));
    form->teamLeader()->setFocus();
    return saved(dialog) ? started : 0;
}

bool writeReflectiveNote(QWidget* parent, const CaseAccess& access, qint64 sessionId, qint64 caseId,
                         const QString& personName)
{
    // No repository (and so no copy of the connection) is held across exec(): a lock while
    // the dialog is open must be able to let the store's connection go.
    core::ReflectiveNote stored =
        supervisionRepository(access).note(sessionId, caseId).value_or(core::ReflectiveNote{});
    stored.sessionId = sessionId;
    stored.caseId = caseId;
    auto* form = new ReflectiveNoteForm(SupervisionDialogsText::tr("Thinking about %1").arg(personName),
                                        stored, access.today(), access.practitioner());
    auto* dialog = new SaveDialog(
        SupervisionDialogsText::tr("Reflective note"), form, SupervisionDialogsText::tr("Keep this note"),
        [&access, form] {
            const core::CaseWriteResult result = supervisionRepository(access).saveNote(form->note());
            return result.ok() ? QString() : result.error;
        },
        parent);
    dialog->setObjectName(QStringLiteral("reflectiveNoteDialog"));
    fitToScreen(dialog, QSize(640, 820));
    return saved(dialog);
}

qint64 todaysSupervision(QWidget* parent, const CaseAccess& access)
{
    const std::vector<core::SupervisionSession> sessions = supervisionRepository(access).sessions();
    if (!sessions.empty() && sessions.front().heldOn == access.today())
        return sessions.front().id;
    return startSupervision(parent, access);
}

bool signOffDecision(QWidget* parent, const CaseAccess& access, qint64 caseId)
{
    auto* form = new SignOffForm(
        caseId, supervisionRepository(access).decisionsFor(caseId),
        [&access](const core::SignOffCandidate& decision) {
            return supervisionRepository(access).currentSignOff(
                static_cast<core::SignOffSubject>(decision.subject), decision.subjectId);
        },
        access.today());
    auto* dialog = new SaveDialog(
        SupervisionDialogsText::tr("Manager sign-off"), form, SupervisionDialogsText::tr("Sign off"),
        [&access, form] {
            const core::CaseWriteResult result = supervisionRepository(access).signOff(form->signOff());
            return result.ok() ? QString() : result.error;
        },
        parent);
    dialog->setObjectName(QStringLiteral("signOffDialog"));
    dialog->saveButton()->setEnabled(form->hasDecisions());
    fitToScreen(dialog, QSize(620, 420));
    return saved(dialog);
}

} // namespace alongside::ui
