#include "casefile/NoteCard.h"

#include "casefile/CorrectionEditor.h"
#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "common/GentleNote.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QLabel* bodyLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

NoteCard::NoteCard(const core::CaseNote& note, const std::vector<core::CaseNote>& addenda, QWidget* parent)
    : QWidget(parent), m_noteId(note.id)
{
    setObjectName(QStringLiteral("noteCard"));
    auto* card = new Card(QStringLiteral("noteFrame"), this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(card);
    QVBoxLayout* content = card->content();

    auto* written = bodyLabel(tr("%1 · %2").arg(shortDateTime(note.writtenAt), note.author), card);
    makeQuiet(written);
    content->addWidget(written);
    auto* body = bodyLabel(note.body, card);
    body->setObjectName(QStringLiteral("noteBody"));
    content->addWidget(body);
    for (const core::CaseNote& addendum : addenda) {
        auto* added = bodyLabel(tr("Addendum, %1 · %2\n%3")
                                    .arg(shortDateTime(addendum.writtenAt), addendum.author, addendum.body),
                                card);
        added->setObjectName(QStringLiteral("noteAddendum"));
        added->setContentsMargins(18, 4, 0, 0);
        content->addWidget(added);
    }

    m_correction = new CorrectionEditor(note.body, tr("this note"), card);
    // Names the screens' drivers and tests already know.
    m_correction->correctButton()->setObjectName(QStringLiteral("correctNote"));
    m_correction->editor()->setObjectName(QStringLiteral("noteEditor"));
    m_correction->saveButton()->setObjectName(QStringLiteral("saveNoteEdit"));
    m_correction->refusal()->setObjectName(QStringLiteral("noteRefusal"));
    content->addWidget(m_correction);
    const qint64 noteId = note.id;
    connect(m_correction, &CorrectionEditor::correctionRequested, this,
            [this, noteId](const QString& text) { emit correctionRequested(noteId, text); });
    connect(m_correction, &CorrectionEditor::addendumRequested, this,
            [this, noteId](const QString& text) { emit addendumRequested(noteId, text); });
}

void NoteCard::correctionRefused(const QString& reason)
{
    m_correction->correctionRefused(reason);
}

void NoteCard::keepDraftsIn(qint64 caseId, const QString& part)
{
    m_correction->keepDraftsAt(caseId, part, QStringLiteral("note"), m_noteId);
}

void NoteCard::carryOn(const QString& form)
{
    m_correction->carryOn(form);
}

FormDraft* NoteCard::draft() const
{
    return m_correction->draft();
}

void NoteCard::showProblem(const QString& problem)
{
    m_correction->showProblem(problem);
}

QPushButton* NoteCard::correctButton() const
{
    return m_correction->correctButton();
}

QPushButton* NoteCard::addendumButton() const
{
    return m_correction->addendumButton();
}

QPlainTextEdit* NoteCard::editor() const
{
    return m_correction->editor();
}

QPushButton* NoteCard::saveButton() const
{
    return m_correction->saveButton();
}

GentleNote* NoteCard::refusal() const
{
    return m_correction->refusal();
}

} // namespace alongside::ui
