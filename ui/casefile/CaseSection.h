#pragma once

#include "casefile/CaseAccess.h"
#include "model/CaseRecord.h"
#include "storage/repositories/DraftRepository.h"

#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace alongside::ui {

class FormDraft;
class GentleNote;
class HeadingLabel;

// One part of the case view (the person, what they want, conversations…): a heading, its
// content, and a quiet note for when the record refuses a change. After any write that
// succeeds it emits changed(), and the view reloads the whole case and shows it again.
// Whatever is typed into the part's own fields is kept as a draft of the part
// (drafts/FormDraft.h) without the part doing anything; a form inside it that opens and
// closes (a note being written, a record being changed) keeps its own draft.
class CaseSection : public QWidget {
    Q_OBJECT

public:
    CaseSection(const QString& title, const CaseAccess& access, QWidget* parent = nullptr);

    // Shows `record` (the case as it is in the store now).
    void present(const core::CaseRecord& record);
    HeadingLabel* heading() const { return m_heading; }
    GentleNote* problem() const { return m_problem; }
    // "closing", "notes"…: the name its drafts are kept under (the object name, less "Section").
    QString partName() const;
    FormDraft* draft() const { return m_draft; }

signals:
    void changed();

protected:
    virtual void showRecord(const core::CaseRecord& record) = 0;
    // A form inside the part that opens for one record (a risk note, an addendum to a note)
    // keeps its own draft at {case, part, form, record}. Before the part goes to another case
    // it is put away with its draft kept (leavingCase); once the record is shown, the part opens
    // again what was open before a reload, and on arriving at a case (after an unlock, too) a
    // form with a draft waiting (carryOnDrafts).
    virtual void leavingCase() {}
    virtual void carryOnDrafts(bool arrived) { Q_UNUSED(arrived) }
    // The places of this case's drafts waiting for `form` in this part, oldest first.
    std::vector<core::DraftPlace> draftsWaiting(const QString& form) const;
    // Before cards with forms in them are built again: keeps the drafts of the forms open in
    // `within` now, and gives their places, so the same forms can be opened again after.
    std::vector<core::DraftPlace> keepOpenDrafts(QWidget* within) const;
    // Where `form`'s draft for `recordId` (0: a new record) is kept in this case.
    core::DraftPlace draftPlace(const QString& form, qint64 recordId) const;

    QVBoxLayout* body() const { return m_body; }
    const CaseAccess& access() const { return m_access; }
    qint64 caseId() const { return m_caseId; }
    // Emits changed() and returns true if `result` is a success; otherwise shows the record's
    // own sentence under the heading and returns false.
    bool report(const core::CaseWriteResult& result);

private:
    const CaseAccess& m_access;
    HeadingLabel* m_heading;
    GentleNote* m_problem;
    FormDraft* m_draft;
    QVBoxLayout* m_body;
    qint64 m_caseId = 0;
};

} // namespace alongside::ui
