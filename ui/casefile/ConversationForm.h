#pragma once

#include "model/Conversation.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace alongside::ui {

class DateField;
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
    // What stops the conversation being saved as typed (a day that is not a date), in words;
    // empty when it can be saved.
    QString problem() const;
    // The form is being opened to record a conversation: unless a draft is carried on, "when"
    // is now, not the moment the case was opened.
    void begin();
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
    DateField* heldOn() const { return m_heldOn; }
    DateTimeField* heldTime() const { return m_heldTime; }
    ParticipationChecks* tookPart() const { return m_tookPart; }
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
    // Yes, no, or (nullopt) not answered yet.
    void chooseSeenAlone(std::optional<bool> alone);
    QJsonObject draftBody() const;
    void restoreFrom(const QJsonObject& draft);

    std::function<QDateTime()> m_now;
    FormDraft* m_draft;
    qint64 m_caseId = 0;
    DateField* m_heldOn;
    DateTimeField* m_heldTime;
    QLineEdit* m_place;
    QLineEdit* m_present;
    QRadioButton* m_aloneYes;
    QRadioButton* m_aloneNo;
    QButtonGroup* m_alone;
    QWidget* m_notAlone;
    QLineEdit* m_notAloneReason;
    QCheckBox* m_alonePlanned;
    DateField* m_alonePlannedFor;
    ParticipationChecks* m_tookPart;
    QPlainTextEdit* m_notes;
    QuoteCapture* m_words;
    QPushButton* m_save;
    QPushButton* m_putAside;
    bool m_filling = false;
};

} // namespace alongside::ui
