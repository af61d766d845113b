#include "casefile/CorrectionEditor.h"

#include "common/FormDraft.h"
#include "common/GentleNote.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace alongside::ui {

CorrectionEditor::CorrectionEditor(const QString& current, const QString& what, QWidget* parent)
    : QWidget(parent),
      m_current(current),
      m_what(what),
      m_refusal(new GentleNote(this)),
      m_editorArea(new QWidget(this)),
      m_editor(new QPlainTextEdit(m_editorArea)),
      m_save(new QPushButton(m_editorArea)),
      m_cancel(new QPushButton(tr("Cancel"), m_editorArea)),
      m_correct(new QPushButton(tr("Correct"), this)),
      m_addendum(new QPushButton(tr("Add an addendum"), this)),
      m_draft(new FormDraft(this))
{
    setObjectName(QStringLiteral("correctionEditor"));
    m_refusal->setObjectName(QStringLiteral("correctionRefusal"));
    m_editor->setObjectName(QStringLiteral("correctionText"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 6);
    m_save->setObjectName(QStringLiteral("saveCorrection"));
    // Named before it is first opened too: a screen reader is handed the folded-away editor.
    m_editor->setAccessibleName(tr("A correction or addendum to %1").arg(m_what));
    m_save->setText(tr("Save"));
    m_cancel->setAccessibleName(tr("Cancel the change to %1").arg(what));
    m_correct->setObjectName(QStringLiteral("correctRecord"));
    m_correct->setAccessibleName(tr("Correct %1").arg(what));
    m_addendum->setObjectName(QStringLiteral("addAddendum"));
    m_addendum->setAccessibleName(tr("Add an addendum to %1").arg(what));

    auto* editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_save);
    editorButtons->addWidget(m_cancel);
    editorButtons->addStretch(1);
    editorLayout->addLayout(editorButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_addendum);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refusal);
    layout->addWidget(m_editorArea);
    layout->addLayout(buttons);
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
            emit correctionRequested(text);
        else if (m_editing == Editing::Addendum)
            emit addendumRequested(text);
    });
}

void CorrectionEditor::keepDraftsAt(qint64 caseId, const QString& part, const QString& kind, qint64 recordId)
{
    m_caseId = caseId;
    m_part = part;
    m_kind = kind;
    m_recordId = recordId;
}

QString CorrectionEditor::formFor(Editing what) const
{
    return m_kind
        + (what == Editing::Correction ? QStringLiteral("-correction") : QStringLiteral("-addendum"));
}

void CorrectionEditor::carryOn(const QString& form)
{
    if (form == formFor(Editing::Correction))
        edit(Editing::Correction, false);
    else if (form == formFor(Editing::Addendum))
        edit(Editing::Addendum, false);
}

void CorrectionEditor::edit(Editing what, bool takeKeyboard)
{
    // An addendum after a refused correction starts from the words already typed.
    const bool keepText = what == Editing::Addendum && m_editing == Editing::Correction
        && m_editor->toPlainText().trimmed() != m_current.trimmed();
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
        m_editor->setPlainText(m_current);
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setAccessibleName(tr("%1, corrected").arg(m_what));
        m_save->setText(tr("Save the correction"));
    } else {
        m_refusal->clear();
        {
            // Not an edit of the correction being left: its draft is gone (forget above), and
            // seeing the box emptied would keep an empty correction waiting as a draft.
            const QSignalBlocker quiet(m_editor);
            m_editor->clear();
        }
        m_editor->setAccessibleName(tr("Addendum to %1").arg(m_what));
        m_save->setText(tr("Save the addendum"));
    }
    // Opened once it shows the record as stored: a draft is what differs from that.
    if (m_caseId != 0)
        m_draft->open({m_caseId, m_part, formFor(what), m_recordId});
    if (keepText) {
        m_editor->setPlainText(kept);
        m_editor->moveCursor(QTextCursor::End);
    }
    if (takeKeyboard)
        m_editor->setFocus();
}

void CorrectionEditor::correctionRefused(const QString& reason)
{
    m_refusal->say(reason);
    // The offer: the "Add an addendum" button stays visible beside the editor.
    m_addendum->setVisible(true);
    m_addendum->setFocus();
}

void CorrectionEditor::showProblem(const QString& problem)
{
    m_refusal->say(problem);
}

} // namespace alongside::ui
