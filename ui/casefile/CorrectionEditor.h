#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

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
    void edit(Editing what);

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
};

} // namespace alongside::ui
