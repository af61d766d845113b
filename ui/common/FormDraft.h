#pragma once

#include "storage/repositories/DraftRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace alongside::ui {

class DraftDesk;
class DraftNotice;

// Keeps what is typed into a form as a draft inside the encrypted store: within a second and
// a half of the first unsaved keystroke (however long the typing goes on), whenever the window
// is about to lock (DraftDesk::saveAll), and when the form goes away. Opened at a place (which
// case, part, form and record), it puts a waiting draft back over what the record shows, with
// one calm line saying so and a way to discard it. Once the record is saved the form calls
// forget(), and the draft is deleted: a draft never outlives its purpose.
//
// By default a draft is the fields that differ from what the record shows (see DraftFields.h):
// nothing in the form needs to know about drafts. A form whose content is more than fields
// (a list of quotes kept apart from the one being typed) gives a Codec instead and calls
// edited() itself.
class FormDraft : public QObject {
    Q_OBJECT

public:
    struct Codec {
        std::function<QJsonObject()> body;
        std::function<void(const QJsonObject&)> restore;
        std::function<bool()> isEmpty;
        std::function<void()> clear;
    };

    // Lives as long as `form`. Without a desk, the desk of the screen the form is in is used.
    explicit FormDraft(QWidget* form, DraftDesk* desk = nullptr);
    ~FormDraft() override;

    static constexpr std::chrono::milliseconds kSaveWithin{1500};

    void setCodec(Codec codec);
    // Something a form holds apart from its fields (the options added to a list so far), kept
    // in the draft beside them as JSON: `read` gives it as it is now, `write` puts it back.
    // The form calls edited() when it changes.
    void keepAlso(const QString& name, std::function<QJsonValue()> read,
                  std::function<void(const QJsonValue&)> write);
    void setSaveDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }

    // The form now shows `place`'s record as stored (or is empty, for a new one). Keeps the
    // draft of the place it was at, then puts back the draft waiting at `place`, if any: true
    // if there was one.
    bool open(const core::DraftPlace& place);
    // Keeps the draft now and puts the form away: it goes back to what the record shows (or
    // empty), and keeps no draft until opened again.
    void close();
    const core::DraftPlace& place() const { return m_place; }
    bool isOpen() const { return m_place.isValid(); }

    // Something was typed (forms with a codec call this; field changes are seen by themselves).
    void edited();
    // Keeps the draft now if anything changed. False if the store would not take it.
    bool save();
    // The record has what was typed: the draft is deleted and the form as it stands is the
    // record's.
    void forget();
    // The practitioner chose to drop the draft: the form goes back to the record.
    void discard();

    // Around a part that shows its record again while something may be half-typed: fields the
    // record filled take the record's value as theirs, and what was typed is put back over them.
    void recordShowing();
    void recordShown();

    bool hasUnsavedChanges() const { return m_dirty; }
    bool isKept() const { return m_kept; }
    DraftNotice* notice() const { return m_notice; }
    QWidget* form() const { return m_form; }

signals:
    void restored();
    void discarded();
    // A draft was kept in the store at `at`.
    void kept(const QDateTime& at);

private slots:
    void fieldChanged();

private:
    DraftDesk* desk();
    void readFields();
    QJsonObject changedFields() const;
    QJsonObject typedBack() const; // the fields as the record shows them
    QJsonObject body() const;
    bool isEmpty() const;
    void restoreBody(const QString& body);
    void setFields(const QJsonObject& values);
    void setKept(bool kept);
    void placeNotice();

    struct Kept {
        QString name;
        std::function<QJsonValue()> read;
        std::function<void(const QJsonValue&)> write;
    };

    QWidget* m_form;
    QPointer<DraftDesk> m_desk;
    std::vector<Kept> m_alsoKept;
    core::DraftPlace m_place;
    std::optional<Codec> m_codec;
    QHash<QString, QPointer<QWidget>> m_fields; // every field, by identity
    QJsonObject m_values;                       // fields in use, as they are now
    QJsonObject m_baseline;                     // the same fields as the record shows them
    QJsonObject m_typedBeforeShowing;
    QSet<QString> m_filledByRecord;
    QTimer m_timer;
    DraftNotice* m_notice; // the form's child
    bool m_dirty = false;
    bool m_kept = false;
    bool m_filling = false;
    bool m_showing = false;
};

} // namespace alongside::ui
