#include "casefile/NoteCard.h"

#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "common/FormDraft.h"
#include "common/GentleNote.h"

#include <QHBoxLayout>
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
    : QWidget(parent), m_noteId(note.id), m_body(note.body), m_draft(new FormDraft(this))
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

    m_refusal = new GentleNote(card);
    m_refusal->setObjectName(QStringLiteral("noteRefusal"));
    content->addWidget(m_refusal);

    m_editorArea = new QWidget(card);
    m_editor = new QPlainTextEdit(m_editorArea);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("The corrected note"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 6);
    m_save = new QPushButton(m_editorArea);
    m_save->setObjectName(QStringLiteral("saveNoteEdit"));
    m_save->setText(tr("Save the correction"));
    m_cancel = new QPushButton(tr("Cancel"), m_editorArea);
    m_cancel->setAccessibleName(tr("Cancel the change to this note"));
    auto* editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_save);
    editorButtons->addWidget(m_cancel);
    editorButtons->addStretch(1);
    editorLayout->addLayout(editorButtons);
    content->addWidget(m_editorArea);

    m_correct = new QPushButton(tr("Correct"), card);
    m_correct->setObjectName(QStringLiteral("correctNote"));
    m_correct->setAccessibleName(tr("Correct this note"));
    m_addendum = new QPushButton(tr("Add an addendum"), card);
    m_addendum->setObjectName(QStringLiteral("addAddendum"));
    m_addendum->setAccessibleName(tr("Add an addendum to this note"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_addendum);
    buttons->addStretch(1);
    content->addLayout(buttons);
    edit(Editing::Nothing);

    connect(m_correct, &QPushButton::clicked, this, [this] { edit(Editing::Correction); });
    connect(m_addendum, &QPushButton::clicked, this, [this] { edit(Editing::Addendum); });
    // Cancel puts the words aside: they wait as a draft until the editor is opened again.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        edit(Editing::Nothing);
        m_correct->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString text = m_editor->toPlainText().trimmed();
        if (text.isEmpty())
            return;
        if (m_editing == Editing::Correction)
            emit correctionRequested(m_noteId, text);
        else if (m_editing == Editing::Addendum)
            emit addendumRequested(m_noteId, text);
    });
}

namespace {
const QString kCorrection = QStringLiteral("note-correction");
const QString kAddendum = QStringLiteral("note-addendum");
} // namespace

void NoteCard::keepDraftsIn(qint64 caseId, const QString& part)
{
    m_caseId = caseId;
    m_part = part;
}

void NoteCard::carryOn(const QString& form)
{
    // Opened where it was; the keyboard stays where the practitioner is.
    if (form == kCorrection)
        edit(Editing::Correction, false);
    else if (form == kAddendum)
        edit(Editing::Addendum, false);
}

void NoteCard::edit(Editing what, bool takeKeyboard)
{
    // An addendum after a refused correction starts from the words already typed.
    const bool keepText = what == Editing::Addendum && m_editing == Editing::Correction
        && m_editor->toPlainText().trimmed() != m_body.trimmed();
    const QString kept = m_editor->toPlainText();
    if (keepText)
        m_draft->forget(); // the words go on as the addendum's, not as a correction waiting
    else
        m_draft->close(); // before the editor is put away, so what was typed is kept
    m_editing = what;
    m_editorArea->setVisible(what != Editing::Nothing);
    m_correct->setVisible(what == Editing::Nothing);
    m_addendum->setVisible(what != Editing::Addendum);
    if (what == Editing::Nothing) {
        m_refusal->clear();
        return;
    }
    if (what == Editing::Correction) {
        m_editor->setPlainText(m_body);
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setAccessibleName(tr("The corrected note"));
        m_save->setText(tr("Save the correction"));
        if (m_caseId != 0)
            m_draft->open({m_caseId, m_part, kCorrection, m_noteId});
    } else {
        m_refusal->clear();
        m_editor->clear();
        m_editor->setAccessibleName(tr("Addendum to this note"));
        m_save->setText(tr("Save the addendum"));
        if (m_caseId != 0)
            m_draft->open({m_caseId, m_part, kAddendum, m_noteId});
        if (keepText) {
            m_editor->setPlainText(kept);
            m_editor->moveCursor(QTextCursor::End);
        }
    }
    if (takeKeyboard)
        m_editor->setFocus();
}

void NoteCard::correctionRefused(const QString& reason)
{
    m_refusal->say(reason);
    // The offer: the "Add an addendum" button stays visible beside the editor.
    m_addendum->setVisible(true);
    m_addendum->setFocus();
}

void NoteCard::showProblem(const QString& problem)
{
    m_refusal->say(problem);
}

} // namespace alongside::ui
