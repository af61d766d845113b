#pragma once

#include "common/TypedDate.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace alongside::ui {

// A date typed as people in the UK write it ("12 Mar 1941", "12/03/1941", "today"), with a
// calendar beside it for the mouse, and — where a date may honestly be unknown, such as a date
// of birth — a "Not known" tick rather than a made-up date standing for "unknown".
//
// Nothing typed is thrown away: text that is not a date stays in the box, with one quiet line
// under it saying why; date() is then invalid. Once the field is left, a date it could read is
// shown in full ("12 Mar 1941"), so the person sees how it was read. Tab moves on at once.
class DateField : public QWidget {
    Q_OBJECT
    // How a draft of the form keeps this field and puts it back (common/DraftFields.h): the text
    // as typed, so the date is read again rather than only shown, and then "not-known" when that
    // is ticked — the practitioner's own answer, which a restored draft must not drop. Empty when
    // nothing is typed or ticked.
    Q_PROPERTY(QStringList draft READ draft WRITE setDraft NOTIFY draftChanged USER true)

public:
    explicit DateField(DateDirection direction, QWidget* parent = nullptr);

    // The day, or an invalid date when the box is empty, unreadable or "Not known" is ticked.
    QDate date() const { return m_date; }
    // Shows `date`, or empties the box for an invalid one ("Not known" stays unticked).
    void setDate(const QDate& date);
    // Puts back text as it was typed (a draft), read as if typed now.
    void setTypedText(const QString& text);
    QString typedText() const;
    // The field as a draft keeps it (the property above), and put back from one.
    QStringList draft() const;
    void setDraft(const QStringList& kept);
    // Offers the "Not known" tick beside the box.
    void offerNotKnown(const QString& label);
    bool isNotKnown() const;
    // Something typed that is not a date (the line under the box says what).
    bool hasProblem() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // Days the field may name; a date outside is read but named as out of range.
    void setRange(const QDate& earliest, const QDate& latest);

    void setAccessibleName(const QString& name);
    QLineEdit* editor() const { return m_text; }
    QCheckBox* notKnownBox() const { return m_notKnown; }

    // "Today" for reading typed words and two-digit years; the clock by default.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

signals:
    // Each time the day the field names changes, including to "no day" (invalid).
    void dateChanged(const QDate& date);
    // When the person has finished with the field (left it, or chosen on the calendar) and it
    // names a day: for work worth doing once, not at every key (counting a report).
    void dateEntered(const QDate& date);
    // The text in the box changed, typed or set.
    void typedTextChanged(const QString& text);
    // What a draft keeps changed: the text, or the "Not known" tick.
    void draftChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readText();
    void showAsRead();
    void notKnownToggled(bool on);
    void openCalendar();
    void setDateQuietly(const QDate& date);

    DateDirection m_direction;
    QLineEdit* m_text;
    QToolButton* m_calendar;
    QCheckBox* m_notKnown = nullptr;
    QLabel* m_hint;
    QDate m_date;
    QString m_problem;
    QDate m_earliest;
    QDate m_latest;
    std::function<QDate()> m_today;
};

// The first date inside `form` (shown, or hidden only because its part is folded) holding text
// that is not a date, said as "Review date: …why…"; empty when every date reads. Forms check it
// before saving, so a mistyped date is never quietly saved as no date at all.
QString unreadDateIn(const QWidget* form);

} // namespace alongside::ui
