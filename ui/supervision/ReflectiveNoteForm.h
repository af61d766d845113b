#pragma once

#include "model/ReflectiveNote.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class AgreedActionsList;
class DateField;

// A reflective note about one case in one supervision: the prompts as questions to talk
// through (answer only those talked about), then what was agreed — who will do what, by when.
class ReflectiveNoteForm : public QWidget {
    Q_OBJECT

public:
    // `note` is what is stored already for this case and supervision (empty if nothing yet).
    ReflectiveNoteForm(const QString& heading, const core::ReflectiveNote& note, const QDate& today,
                       const QString& practitioner, QWidget* parent = nullptr);

    // The note as typed, with agreed actions not yet stored (id 0); words still in the
    // action box count as an agreed action too.
    core::ReflectiveNote note() const;

    QPlainTextEdit* answer(core::ReflectivePrompt prompt) const;
    QLineEdit* actionWhat() const { return m_what; }
    QLineEdit* actionOwner() const { return m_owner; }
    DateField* actionDue() const { return m_due; }
    QPushButton* addActionButton() const { return m_addAction; }
    int pendingActions() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addAction();

    core::ReflectiveNote m_note;
    std::vector<std::pair<core::ReflectivePrompt, QPlainTextEdit*>> m_answers;
    // The actions agreed so far; those not yet kept are a field of the note's draft.
    AgreedActionsList* m_agreed = nullptr;
    QLineEdit* m_what = nullptr;
    QLineEdit* m_owner = nullptr;
    DateField* m_due = nullptr;
    QPushButton* m_addAction = nullptr;
};

} // namespace alongside::ui
