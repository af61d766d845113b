#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <chrono>

class QLabel;
class QPlainTextEdit;

namespace alongside::ui {

class FormDraft;

// A scratch pad for the thing that must not be forgotten between calls. Kept as a draft
// inside the encrypted store as it is typed and whenever the window locks or closes
// (drafts/FormDraft.h), so nothing typed here is ever on disk in clear or lost to an
// auto-lock.
class QuickNotePad : public QWidget {
    Q_OBJECT

public:
    explicit QuickNotePad(QSqlDatabase db, QWidget* parent = nullptr);

    static constexpr auto kDraftKey = "quick-note";

    // Loads the saved draft, if any, into the pad.
    void restore();
    // Saves now if anything changed since the last save. False if the store refused.
    bool saveNow();
    bool hasUnsavedChanges() const;
    void setSaveDelay(std::chrono::milliseconds delay);
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor;
    QLabel* m_saveState;
    FormDraft* m_draft;
};

} // namespace alongside::ui
