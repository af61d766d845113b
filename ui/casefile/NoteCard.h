#pragma once

#include "model/CaseNote.h"
#include "storage/repositories/DraftRepository.h"

#include <QWidget>

#include <vector>

class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

class FormDraft;
class GentleNote;

// A practitioner's note with its addenda under it. "Correct" edits the note itself, which the
// record allows only on the day it was written; when it refuses, its reason is shown here and
// the same words can go in as an addendum instead. Nothing is silently rewritten.
class NoteCard : public QWidget {
    Q_OBJECT

public:
    NoteCard(const core::CaseNote& note, const std::vector<core::CaseNote>& addenda,
             QWidget* parent = nullptr);

    qint64 noteId() const { return m_noteId; }
    // The record would not take the correction: say why, and offer an addendum.
    void correctionRefused(const QString& reason);
    void showProblem(const QString& problem);

    // A correction or an addendum being written is kept as a draft at `part` of `caseId`, as
    // "note-correction" or "note-addendum" for this note.
    void keepDraftsIn(qint64 caseId, const QString& part);
    // Opens the editor for `form` ("note-correction", "note-addendum"), with its draft.
    void carryOn(const QString& form);
    FormDraft* draft() const { return m_draft; }

    QPushButton* correctButton() const { return m_correct; }
    QPushButton* addendumButton() const { return m_addendum; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    GentleNote* refusal() const { return m_refusal; }

signals:
    void correctionRequested(qint64 noteId, const QString& body);
    void addendumRequested(qint64 noteId, const QString& body);

private:
    enum class Editing { Nothing, Correction, Addendum };
    void edit(Editing what, bool takeKeyboard = true);

    qint64 m_noteId;
    QString m_body;
    Editing m_editing = Editing::Nothing;
    QPushButton* m_correct;
    QPushButton* m_addendum;
    QWidget* m_editorArea;
    QPlainTextEdit* m_editor;
    QPushButton* m_save;
    QPushButton* m_cancel;
    GentleNote* m_refusal;
    FormDraft* m_draft;
    qint64 m_caseId = 0;
    QString m_part;
};

} // namespace alongside::ui
