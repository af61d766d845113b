#pragma once

#include "storage/DraftRepository.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace alongside::ui {

// Keeps what is typed into a long form as a draft inside the encrypted store, shortly after
// typing stops and before the window locks, as ConversationForm does for conversations; the
// form says what its draft is (a JSON object) and whether it is empty.
class FormDraft : public QObject {
    Q_OBJECT

public:
    FormDraft(QSqlDatabase db, std::function<QDateTime()> now, std::function<QJsonObject()> body,
              std::function<bool()> isEmpty, QObject* parent = nullptr);

    static constexpr std::chrono::milliseconds kSaveDelay{1500};

    // Saves any draft under the old key, then looks for one under `key`.
    std::optional<core::Draft> switchTo(const QString& key);
    QString key() const { return m_key; }
    void edited();
    // Saves now if anything changed; false if the store refused.
    bool save();
    // The form was saved into the record: the draft is no longer needed.
    void discard();
    void setClean() { m_dirty = false; }
    bool isDirty() const { return m_dirty; }

signals:
    void stateChanged(const QString& sentence);

private:
    core::DraftRepository m_drafts;
    std::function<QDateTime()> m_now;
    std::function<QJsonObject()> m_body;
    std::function<bool()> m_isEmpty;
    QString m_key;
    QTimer m_timer;
    bool m_dirty = false;
};

QJsonObject draftObject(const core::Draft& draft);

} // namespace alongside::ui
