#include "casefile/QuickNotePad.h"

#include "common/DraftDesk.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "common/HeadingLabel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace alongside::ui {

QuickNotePad::QuickNotePad(QSqlDatabase db, QWidget* parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_saveState(new QLabel(this)), m_draft(nullptr)
{
    setObjectName(QStringLiteral("quickNotePad"));
    m_editor->setObjectName(QStringLiteral("quickNote"));
    m_editor->setAccessibleName(tr("Quick note"));
    m_editor->setPlaceholderText(tr("Jot something down — it is saved as you type, encrypted"));
    // Tab moves on rather than typing a tab character, so the keyboard never gets stuck here.
    m_editor->setTabChangesFocus(true);
    m_saveState->setObjectName(QStringLiteral("quickNoteSaveState"));
    m_saveState->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* heading = new HeadingLabel(tr("&Quick note"), HeadingLabel::Level::Section, this);
    heading->setTextFormat(Qt::AutoText);
    heading->setBuddy(m_editor);
    layout->addWidget(heading);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_saveState);

    // The pad is not about any case: it keeps its own desk over the store it was given.
    m_draft = new FormDraft(this, new DraftDesk(std::move(db), &QDateTime::currentDateTime, this));
    layout->addWidget(m_draft->notice());
    connect(m_draft, &FormDraft::kept, this, [this](const QDateTime& at) {
        m_saveState->setText(tr("Saved at %1").arg(QLocale().toString(at.time(), QLocale::ShortFormat)));
    });
}

void QuickNotePad::restore()
{
    m_draft->open({0, QString(), QString::fromLatin1(kDraftKey), 0});
    m_draft->notice()->hide(); // the pad is always its draft: no need to say so
    m_editor->moveCursor(QTextCursor::End);
    m_saveState->clear();
}

bool QuickNotePad::saveNow()
{
    return m_draft->save();
}

bool QuickNotePad::hasUnsavedChanges() const
{
    return m_draft->hasUnsavedChanges();
}

void QuickNotePad::setSaveDelay(std::chrono::milliseconds delay)
{
    m_draft->setSaveDelay(delay);
}

} // namespace alongside::ui
