#include "casefile/NotesSection.h"

#include "casefile/NoteCard.h"
#include "common/FormDraft.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

NotesSection::NotesSection(const CaseAccess& access, QWidget* parent)
    : CaseSection(tr("Notes"), access, parent),
      m_notes(new QWidget(this)),
      m_noteLayout(new QVBoxLayout(m_notes)),
      m_newNote(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("Add the note"), this))
{
    setObjectName(QStringLiteral("notesSection"));
    m_noteLayout->setContentsMargins(0, 0, 0, 0);
    m_noteLayout->setSpacing(10);
    body()->addWidget(m_notes);
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setAccessibleName(tr("A new note"));
    m_newNote->setPlaceholderText(tr("A new note for the record"));
    m_newNote->setTabChangesFocus(true);
    m_newNote->setMaximumHeight(m_newNote->fontMetrics().height() * 6);
    m_add->setObjectName(QStringLiteral("addNote"));
    body()->addWidget(m_newNote);
    body()->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &NotesSection::addNote);
}

QList<NoteCard*> NotesSection::cards() const
{
    return m_notes->findChildren<NoteCard*>(QString(), Qt::FindDirectChildrenOnly);
}

void NotesSection::showRecord(const core::CaseRecord& record)
{
    m_openBefore = keepOpenDrafts(m_notes);
    qDeleteAll(m_notes->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    bool any = false;
    for (const core::CaseNote& note : record.notes) {
        // Addenda show with what they add to: a note's under the note, a conversation's under it.
        if (note.addendumTo != 0 || note.aboutConversation != 0)
            continue;
        any = true;
        std::vector<core::CaseNote> addenda;
        for (const core::CaseNote& other : record.notes) {
            if (other.addendumTo == note.id)
                addenda.push_back(other);
        }
        auto* card = new NoteCard(note, addenda, m_notes);
        card->keepDraftsIn(record.id, partName());
        m_noteLayout->addWidget(card);
        connect(card, &NoteCard::correctionRequested, this, &NotesSection::correct);
        connect(card, &NoteCard::addendumRequested, this, &NotesSection::addAddendum);
    }
    if (!any) {
        auto* none = new QLabel(tr("No notes yet."), m_notes);
        m_noteLayout->addWidget(none);
    }
}

void NotesSection::carryOnDrafts(bool arrived)
{
    // A correction or addendum open before the notes were shown again (or, on coming to the
    // case, one put aside) is open again with its words.
    for (const QString& form : {QStringLiteral("note-correction"), QStringLiteral("note-addendum")}) {
        for (const core::DraftPlace& place : draftsWaiting(form)) {
            const bool wasOpen = std::find(m_openBefore.begin(), m_openBefore.end(), place)
                != m_openBefore.end();
            NoteCard* waiting = card(place.recordId);
            if (waiting && (arrived || wasOpen))
                waiting->carryOn(form);
        }
    }
    m_openBefore.clear();
}

NoteCard* NotesSection::card(qint64 noteId) const
{
    for (NoteCard* card : cards()) {
        if (card->noteId() == noteId)
            return card;
    }
    return nullptr;
}

void NotesSection::addNote()
{
    const QString body = m_newNote->toPlainText().trimmed();
    if (body.isEmpty()) {
        m_newNote->setFocus();
        return;
    }
    if (report(access().repository().addNote(caseId(), body))) {
        m_newNote->clear();
        m_newNote->setFocus();
    }
}

void NotesSection::correct(qint64 noteId, const QString& body)
{
    const core::CaseWriteResult result = access().repository().correctNote(noteId, body);
    if (result.ok()) {
        if (NoteCard* corrected = card(noteId))
            corrected->draft()->forget();
        emit changed();
        return;
    }
    // The record keeps the note as it was; say why next to it, and offer the addendum.
    if (NoteCard* refused = card(noteId))
        refused->correctionRefused(result.error);
    else
        report(result);
}

void NotesSection::addAddendum(qint64 noteId, const QString& body)
{
    const core::CaseWriteResult result = access().repository().addAddendum(noteId, body);
    if (result.ok()) {
        if (NoteCard* added = card(noteId))
            added->draft()->forget();
        emit changed();
        return;
    }
    if (NoteCard* note = card(noteId))
        note->showProblem(result.error);
}

} // namespace alongside::ui
