#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

class FormDraft;
class GentleNote;

// The one way a saved record is put right, for notes and conversations alike: "Correct" edits
// the words themselves, which the record allows only on the day they were written (the earlier
// words stay in the case history); "Add an addendum" adds to them at any time. When the record
// refuses a correction its reason shows here, and the same words can go in as an addendum.
// Nothing is silently rewritten.
class CorrectionEditor : public QWidget {
    Q_OBJECT

public:
    // `current` is the text a correction starts from; `what` names it for screen readers
    // ("this note", "this conversation").
    CorrectionEditor(const QString& current, const QString& what, QWidget* parent = nullptr);

    // The record would not take the correction: say why, and offer an addendum.
    void correctionRefused(const QString& reason);
    void showProblem(const QString& problem);

    // A correction or an addendum being written is kept as a draft (common/FormDraft.h) at
    // `part` of `caseId` for record `recordId`, as "<kind>-correction" or "<kind>-addendum"
    // ("note-addendum").
    void keepDraftsAt(qint64 caseId, const QString& part, const QString& kind, qint64 recordId);
    // Opens the editor for `form` with its draft, leaving the keyboard where it is.
    void carryOn(const QString& form);
    FormDraft* draft() const { return m_draft; }

    QPushButton* correctButton() const { return m_correct; }
    QPushButton* addendumButton() const { return m_addendum; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    GentleNote* refusal() const { return m_refusal; }

signals:
    void correctionRequested(const QString& text);
    void addendumRequested(const QString& text);

private:
    enum class Editing { Nothing, Correction, Addendum };
    void edit(Editing what, bool takeKeyboard = true);
    QString formFor(Editing what) const;

    QString m_current;
    QString m_what;
    Editing m_editing = Editing::Nothing;
    GentleNote* m_refusal;
    QWidget* m_editorArea;
    QPlainTextEdit* m_editor;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QPushButton* m_correct;
    QPushButton* m_addendum;
    FormDraft* m_draft;
    qint64 m_caseId = 0;
    QString m_part;
    QString m_kind;
    qint64 m_recordId = 0;
};

} // namespace alongside::ui
