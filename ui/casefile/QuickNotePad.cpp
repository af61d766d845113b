#include "casefile/QuickNotePad.h"

#include "common/HeadingLabel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace alongside::ui {

QuickNotePad::QuickNotePad(QSqlDatabase db, QWidget* parent)
    : QWidget(parent),
      m_drafts(std::move(db)),
      m_editor(new QPlainTextEdit(this)),
      m_saveState(new QLabel(this))
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

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kDefaultSaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &QuickNotePad::saveNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &QuickNotePad::textEdited);
}

void QuickNotePad::restore()
{
    m_restoring = true;
    const std::optional<core::Draft> draft = m_drafts.find(QString::fromLatin1(kDraftKey));
    m_editor->setPlainText(draft ? draft->body : QString());
    m_editor->moveCursor(QTextCursor::End);
    m_restoring = false;
    m_dirty = false;
    m_saveState->clear();
}

bool QuickNotePad::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return true;
    const QString key = QString::fromLatin1(kDraftKey);
    const QString body = m_editor->toPlainText();
    const QDateTime now = QDateTime::currentDateTime();
    // An emptied pad leaves no row behind rather than an empty one.
    const bool saved = body.isEmpty() ? m_drafts.discard(key) : m_drafts.save(key, body, now);
    if (saved) {
        m_dirty = false;
        m_saveState->setText(tr("Saved at %1").arg(QLocale().toString(now.time(), QLocale::ShortFormat)));
    } else {
        m_saveState->setText(tr("Not saved: the store would not take the note. Copy it somewhere safe."));
    }
    return saved;
}

void QuickNotePad::textEdited()
{
    if (m_restoring)
        return;
    m_dirty = true;
    m_saveTimer.start(); // restarts: saves once typing has paused
}

} // namespace alongside::ui
