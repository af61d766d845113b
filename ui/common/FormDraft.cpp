#include "capacity/FormDraft.h"

#include "common/DisplayFormats.h"

#include <QJsonDocument>

namespace alongside::ui {

FormDraft::FormDraft(QSqlDatabase db, std::function<QDateTime()> now, std::function<QJsonObject()> body,
                     std::function<bool()> isEmpty, QObject* parent)
    : QObject(parent),
      m_drafts(std::move(db)),
      m_now(std::move(now)),
      m_body(std::move(body)),
      m_isEmpty(std::move(isEmpty))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSaveDelay);
    connect(&m_timer, &QTimer::timeout, this, &FormDraft::save);
}

std::optional<core::Draft> FormDraft::switchTo(const QString& key)
{
    save();
    m_key = key;
    m_dirty = false;
    return key.isEmpty() ? std::nullopt : m_drafts.find(key);
}

void FormDraft::edited()
{
    m_dirty = true;
    m_timer.start(); // restarts: saves once typing has paused
}

bool FormDraft::save()
{
    m_timer.stop();
    if (!m_dirty || m_key.isEmpty())
        return true;
    const QDateTime now = m_now();
    const bool empty = m_isEmpty();
    // An emptied form leaves no draft behind rather than an empty one.
    const bool saved = empty
        ? m_drafts.discard(m_key)
        : m_drafts.save(m_key, QString::fromUtf8(QJsonDocument(m_body()).toJson(QJsonDocument::Compact)),
                        now);
    if (saved) {
        m_dirty = false;
        emit stateChanged(empty ? QString() : tr("Draft kept safe at %1.").arg(shortTime(now.time())));
    } else {
        emit stateChanged(tr("The draft could not be kept: the store would not take it. Save the record, "
                             "or copy the text somewhere safe."));
    }
    return saved;
}

void FormDraft::discard()
{
    m_timer.stop();
    m_dirty = false;
    if (!m_key.isEmpty())
        m_drafts.discard(m_key);
    emit stateChanged(QString());
}

QJsonObject draftObject(const core::Draft& draft)
{
    return QJsonDocument::fromJson(draft.body.toUtf8()).object();
}

} // namespace alongside::ui
