#pragma once

#include "casefile/CaseSection.h"

class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class NoteCard;

// Case notes, oldest first, each with its addenda; a box for a new note. Corrections after the
// day a note was written become addenda (the record refuses anything else, and says so).
class NotesSection : public CaseSection {
    Q_OBJECT

public:
    explicit NotesSection(const CaseAccess& access, QWidget* parent = nullptr);

    QPlainTextEdit* newNote() const { return m_newNote; }
    QPushButton* addButton() const { return m_add; }
    QList<NoteCard*> cards() const;

protected:
    void showRecord(const core::CaseRecord& record) override;
    void carryOnDrafts(bool arrived) override;

private:
    void addNote();
    void correct(qint64 noteId, const QString& body);
    void addAddendum(qint64 noteId, const QString& body);
    NoteCard* card(qint64 noteId) const;

    QWidget* m_notes;
    QVBoxLayout* m_noteLayout;
    QPlainTextEdit* m_newNote;
    QPushButton* m_add;
    std::vector<core::DraftPlace> m_openBefore; // corrections and addenda open before a reload
};

} // namespace alongside::ui
