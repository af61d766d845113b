#pragma once

#include "model/Conversation.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace alongside::ui {

class DateTimeField;
class FormDraft;
class ParticipationChecks;
class QuoteCapture;

// Recording a conversation: when, where, who else was there, whether the person was seen on
// their own (and if not, why, and when they will be), how they took part, the practitioner's
// notes and the person's own words. Everything typed is kept as a draft inside the encrypted
// store ("conversation:<case id>", drafts/FormDraft.h) as it is typed and before the window
// locks, and comes back when the case is opened again.
class ConversationForm : public QWidget {
    Q_OBJECT

public:
    explicit ConversationForm(std::function<QDateTime()> now, QWidget* parent = nullptr);

    static QString draftKey(qint64 caseId);

    // Saves the current case's draft, then shows the draft for `caseId` (or an empty form).
    // True if there was a draft to restore.
    bool setCase(qint64 caseId);
    core::Conversation conversation() const;
    bool isEmpty() const;
    // After the conversation is in the record: empties the form and forgets the draft.
    void clearAfterSave();
    // Saves the draft now if anything changed. False if the store refused.
    bool saveDraft();
    bool hasUnsavedChanges() const;
    void setSaveDelay(std::chrono::milliseconds delay);

    QPlainTextEdit* notes() const { return m_notes; }
    QuoteCapture* words() const { return m_words; }
    QRadioButton* seenAloneYes() const { return m_aloneYes; }
    QRadioButton* seenAloneNo() const { return m_aloneNo; }
    QLineEdit* place() const { return m_place; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* draftState() const;
    FormDraft* draft() const { return m_draft; }

signals:
    void saveRequested();
    void putAsideRequested();

private:
    void edited();
    void clearFields();
    void showSeenAlone();
    QJsonObject draftBody() const;
    void restoreFrom(const QJsonObject& draft);

    std::function<QDateTime()> m_now;
    FormDraft* m_draft;
    qint64 m_caseId = 0;
    DateTimeField* m_heldAt;
    QLineEdit* m_place;
    QLineEdit* m_present;
    QRadioButton* m_aloneYes;
    QRadioButton* m_aloneNo;
    QWidget* m_notAlone;
    QLineEdit* m_notAloneReason;
    QCheckBox* m_alonePlanned;
    DateTimeField* m_alonePlannedFor;
    ParticipationChecks* m_tookPart;
    QPlainTextEdit* m_notes;
    QuoteCapture* m_words;
    QPushButton* m_save;
    QPushButton* m_putAside;
    bool m_filling = false;
};

} // namespace alongside::ui
