#pragma once

#include "storage/repositories/DraftRepository.h"

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPlainTextEdit;

namespace alongside::ui {

// A scratch pad for the thing that must not be forgotten between calls. Saved as a draft
// inside the encrypted store shortly after typing stops and whenever the window locks or
// closes, so nothing typed here is ever on disk in clear or lost to an auto-lock.
class QuickNotePad : public QWidget {
    Q_OBJECT

public:
    explicit QuickNotePad(QSqlDatabase db, QWidget* parent = nullptr);

    static constexpr auto kDraftKey = "quick-note";
    static constexpr std::chrono::milliseconds kDefaultSaveDelay{1500};

    // Loads the saved draft, if any, into the pad.
    void restore();
    // Saves now if anything changed since the last save. False if the store refused.
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    void setSaveDelay(std::chrono::milliseconds delay) { m_saveTimer.setInterval(delay); }
    QPlainTextEdit* editor() const { return m_editor; }

private:
    void textEdited();

    core::DraftRepository m_drafts;
    QPlainTextEdit* m_editor;
    QLabel* m_saveState;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_restoring = false;
};

} // namespace alongside::ui
