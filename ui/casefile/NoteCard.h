#pragma once

#include "model/CaseNote.h"

#include <QWidget>

#include <vector>

class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

class CorrectionEditor;
class FormDraft;
class GentleNote;

// A practitioner's note with its addenda under it, put right through a CorrectionEditor:
// "Correct" on the day it was written, an addendum after. Nothing is silently rewritten.
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
    // "note-correction" or "note-addendum" for this note (see CorrectionEditor).
    void keepDraftsIn(qint64 caseId, const QString& part);
    // Opens the editor for `form` ("note-correction", "note-addendum"), with its draft.
    void carryOn(const QString& form);
    FormDraft* draft() const;

    QPushButton* correctButton() const;
    QPushButton* addendumButton() const;
    QPlainTextEdit* editor() const;
    QPushButton* saveButton() const;
    GentleNote* refusal() const;

signals:
    void correctionRequested(qint64 noteId, const QString& body);
    void addendumRequested(qint64 noteId, const QString& body);

private:
    qint64 m_noteId;
    CorrectionEditor* m_correction;
};

} // namespace alongside::ui
