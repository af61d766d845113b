#include "common/ModalOnHeap.h"

#include "common/FormDraft.h"

#include <QPointer>

namespace alongside::ui {

namespace {

constexpr char kCase[] = "alongsideDraftCase";
constexpr char kPart[] = "alongsideDraftPart";
constexpr char kRecord[] = "alongsideDraftRecord";

// Where the dialog's draft belongs: as given, or the case and part it was opened from (the
// draft of the nearest enclosing form that keeps one).
core::DraftPlace placeOf(const QDialog* dialog)
{
    core::DraftPlace place;
    // Its whole object name ("personDialog"): the part it is opened from keeps its own draft as
    // "person", and the two must not overwrite each other.
    place.form = dialog->objectName();
    if (dialog->property(kCase).isValid()) {
        place.caseId = dialog->property(kCase).toLongLong();
        place.part = dialog->property(kPart).toString();
        place.recordId = dialog->property(kRecord).toLongLong();
        return place;
    }
    for (const QObject* at = dialog->parent(); at; at = at->parent()) {
        if (const auto* around = at->findChild<FormDraft*>(QString(), Qt::FindDirectChildrenOnly);
            around && around->isOpen()) {
            place.caseId = around->place().caseId;
            place.part = around->place().part;
            break;
        }
    }
    return place;
}

} // namespace

void keepDraftAs(QDialog* dialog, qint64 caseId, const QString& part, qint64 recordId)
{
    dialog->setProperty(kCase, caseId);
    dialog->setProperty(kPart, part);
    dialog->setProperty(kRecord, recordId);
}

std::optional<bool> acceptedModal(QDialog* dialog)
{
    if (!dialog->objectName().isEmpty()) {
        auto* draft = new FormDraft(dialog);
        draft->open(placeOf(dialog));
        // Saved: the record has it. Cancelled: kept, to carry on or discard next time.
        QObject::connect(dialog, &QDialog::accepted, draft, &FormDraft::forget);
        QObject::connect(dialog, &QDialog::rejected, draft, &FormDraft::save);
    }
    const QPointer<QDialog> watched(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!watched)
        return std::nullopt;
    delete dialog;
    return accepted;
}

} // namespace alongside::ui
