#include "common/DateField.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
const QString kShown = QStringLiteral("d MMM yyyy");
// After the typed text in a draft: the tick was on.
const QString kNotKnownKept = QStringLiteral("not-known");
} // namespace

DateField::DateField(DateDirection direction, QWidget* parent)
    : QWidget(parent),
      m_direction(direction),
      m_text(new QLineEdit(this)),
      m_calendar(new QToolButton(this)),
      m_hint(new QLabel(this)),
      m_today([] { return QDate::currentDate(); })
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setPlaceholderText(tr("For example 12 Mar 1941 or 12/03/1941"));
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm 0000  ")) + 16);
    m_text->installEventFilter(this);
    setFocusProxy(m_text);
    setFocusPolicy(m_text->focusPolicy());

    // For the mouse: keyboard users type the date, or press Alt+Down in the box.
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_calendar->setArrowType(Qt::DownArrow);
    m_calendar->setFocusPolicy(Qt::NoFocus);
    m_calendar->setToolTip(tr("Choose on a calendar"));
    m_calendar->setAccessibleName(tr("Choose on a calendar"));

    m_hint->setObjectName(QStringLiteral("dateProblem"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_text);
    row->addWidget(m_calendar);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    connect(m_text, &QLineEdit::textEdited, this, &DateField::readText);
    connect(m_text, &QLineEdit::textChanged, this, &DateField::typedTextChanged);
    connect(m_text, &QLineEdit::textChanged, this, &DateField::draftChanged);
    connect(m_text, &QLineEdit::editingFinished, this, &DateField::showAsRead);
    connect(m_calendar, &QToolButton::clicked, this, &DateField::openCalendar);
}

void DateField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_text->setAccessibleName(name);
    m_calendar->setAccessibleName(tr("%1: choose on a calendar").arg(name));
    if (m_notKnown)
        m_notKnown->setAccessibleName(tr("%1: not known").arg(name));
}

void DateField::offerNotKnown(const QString& label)
{
    if (!m_notKnown) {
        m_notKnown = new QCheckBox(this);
        m_notKnown->setObjectName(QStringLiteral("dateNotKnown"));
        static_cast<QHBoxLayout*>(layout()->itemAt(0)->layout())->insertWidget(2, m_notKnown);
        connect(m_notKnown, &QCheckBox::toggled, this, &DateField::notKnownToggled);
        connect(m_notKnown, &QCheckBox::toggled, this, &DateField::draftChanged);
        setTabOrder(m_text, m_notKnown);
    }
    m_notKnown->setText(label);
    m_notKnown->setAccessibleName(accessibleName().isEmpty() ? label
                                                             : tr("%1: not known").arg(accessibleName()));
}

bool DateField::isNotKnown() const
{
    return m_notKnown && m_notKnown->isChecked();
}

void DateField::setRange(const QDate& earliest, const QDate& latest)
{
    m_earliest = earliest;
    m_latest = latest;
}

void DateField::setDate(const QDate& date)
{
    m_problem.clear();
    m_hint->hide();
    // An empty record reads as "not recorded yet", ready to type: "Not known" is the
    // practitioner's own answer, ticked by them, never assumed.
    if (m_notKnown) {
        const QSignalBlocker quiet(m_notKnown);
        m_notKnown->setChecked(false);
    }
    m_text->setEnabled(true);
    m_text->setText(date.isValid() ? QLocale().toString(date, kShown) : QString());
    setDateQuietly(date);
}

void DateField::setTypedText(const QString& text)
{
    if (m_notKnown)
        m_notKnown->setChecked(false);
    m_text->setText(text);
    showAsRead();
}

QString DateField::typedText() const
{
    return m_text->text();
}

QStringList DateField::draft() const
{
    if (isNotKnown())
        return {QString(), kNotKnownKept};
    if (m_text->text().isEmpty())
        return {};
    return {m_text->text()};
}

void DateField::setDraft(const QStringList& kept)
{
    setTypedText(kept.value(0));
    if (m_notKnown && kept.value(1) == kNotKnownKept)
        m_notKnown->setChecked(true);
}

void DateField::setDateQuietly(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(m_date);
}

void DateField::readText()
{
    TypedDate read = readTypedDate(m_text->text(), m_today(), m_direction);
    if (read.date.isValid() && m_earliest.isValid() && read.date < m_earliest)
        read = {
            QDate(),
            tr("That is before %1, the earliest this can be.").arg(QLocale().toString(m_earliest, kShown))};
    if (read.date.isValid() && m_latest.isValid() && read.date > m_latest)
        read = {QDate(),
                tr("That is after %1, the latest this can be.").arg(QLocale().toString(m_latest, kShown))};
    m_problem = read.problem;
    // Said once typing has stopped (showAsRead), not at every half-typed key.
    if (m_problem.isEmpty())
        m_hint->hide();
    setDateQuietly(read.date);
}

void DateField::showAsRead()
{
    readText();
    if (m_date.isValid()) {
        const QSignalBlocker quiet(m_text);
        m_text->setText(QLocale().toString(m_date, kShown));
    }
    m_hint->setText(m_problem);
    m_hint->setVisible(!m_problem.isEmpty());
    m_text->setAccessibleDescription(m_problem);
    if (m_date.isValid())
        emit dateEntered(m_date);
}

void DateField::notKnownToggled(bool on)
{
    m_text->setEnabled(!on);
    if (on) {
        m_text->clear();
        m_problem.clear();
        m_hint->hide();
        setDateQuietly(QDate());
    } else {
        m_text->setFocus();
    }
}

void DateField::openCalendar()
{
    auto* popup = new QCalendarWidget(this);
    popup->setObjectName(QStringLiteral("dateCalendarPopup"));
    popup->setWindowFlags(Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setGridVisible(false);
    popup->setFirstDayOfWeek(Qt::Monday);
    if (m_earliest.isValid())
        popup->setMinimumDate(m_earliest);
    if (m_latest.isValid())
        popup->setMaximumDate(m_latest);
    popup->setSelectedDate(m_date.isValid() ? m_date : m_today());
    connect(popup, &QCalendarWidget::activated, this, [this, popup](const QDate& chosen) {
        if (m_notKnown)
            m_notKnown->setChecked(false);
        setDate(chosen);
        emit dateEntered(chosen);
        popup->close();
        m_text->setFocus();
    });
    connect(popup, &QCalendarWidget::clicked, popup, &QCalendarWidget::activated);
    popup->move(m_text->mapToGlobal(QPoint(0, m_text->height())));
    popup->show();
    popup->setFocus();
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) {
            openCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString unreadDateIn(const QWidget* form)
{
    for (const DateField* field : form->findChildren<DateField*>()) {
        if (field->hasProblem() && field->isEnabled()) {
            const QString name = field->accessibleName();
            return name.isEmpty() ? field->problem() : DateField::tr("%1: %2").arg(name, field->problem());
        }
    }
    return {};
}

} // namespace alongside::ui
