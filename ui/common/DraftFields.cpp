#include "common/DraftFields.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextEdit>

namespace alongside::ui {

namespace {

constexpr char kDraftRoot[] = "alongsideDraftRoot";

bool isOurs(const QWidget* widget)
{
    return QLatin1String(widget->metaObject()->className()).startsWith(QLatin1String("alongside::"));
}

// A widget of ours that says what it holds through a USER property (with a change signal).
bool hasUserValue(const QWidget* widget)
{
    const QMetaProperty user = widget->metaObject()->userProperty();
    return user.isValid() && user.hasNotifySignal() && user.isWritable();
}

bool isField(const QWidget* widget)
{
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget))
        return true;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->isCheckable();
    // Our own composite widgets (a list of quotes) are fields only if they say what they hold;
    // otherwise the walk goes inside them.
    return isOurs(widget) && hasUserValue(widget);
}

bool isReadOnly(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return plain->isReadOnly();
    if (const auto* rich = qobject_cast<const QTextEdit*>(widget))
        return rich->isReadOnly();
    return false;
}

// Hidden on purpose, rather than a page of a tab or stacked widget waiting its turn.
bool isPutAway(const QWidget* widget, const QWidget* form)
{
    for (const QWidget* at = widget; at && at != form; at = at->parentWidget()) {
        if (at->isHidden() && !qobject_cast<const QStackedWidget*>(at->parentWidget()))
            return true;
    }
    return false;
}

QString nameOf(const QWidget* widget)
{
    const QString name = widget->objectName();
    if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
        return name;
    if (const QString spoken = widget->accessibleName(); !spoken.isEmpty())
        return spoken;
    // A tick is found again by what it says beside it.
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text().remove(u'&');
    return {};
}

QString namedAncestor(const QWidget* widget, const QWidget* form)
{
    for (const QWidget* at = widget->parentWidget(); at && at != form; at = at->parentWidget()) {
        const QString name = at->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            return name;
    }
    return {};
}

void collect(QWidget* form, QWidget* widget, std::vector<QWidget*>& into)
{
    for (QObject* child : widget->children()) {
        auto* inner = qobject_cast<QWidget*>(child);
        if (!inner || inner->isWindow() || inner->property(kDraftRoot).toBool())
            continue; // a dialog of its own, or a form that keeps its own draft
        if (isField(inner)) {
            if (!isReadOnly(inner))
                into.push_back(inner);
            continue;
        }
        collect(form, inner, into);
    }
}

QString isoText(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return {};
    }
}

} // namespace

std::vector<DraftField> draftFieldsOf(QWidget* form)
{
    std::vector<QWidget*> widgets;
    collect(form, form, widgets);
    QHash<QString, int> sharing;
    for (QWidget* widget : widgets)
        sharing[nameOf(widget)] += 1;
    std::vector<DraftField> fields;
    QHash<QString, int> seen;
    for (QWidget* widget : widgets) {
        const QString name = nameOf(widget);
        if (name.isEmpty())
            continue; // nothing to find it by again: every typed field should have a name
        QString identity = name;
        if (sharing.value(name) > 1) {
            if (const QString ancestor = namedAncestor(widget, form); !ancestor.isEmpty())
                identity = ancestor + u'/' + name;
        }
        if (const int before = seen[identity]++; before > 0)
            identity += QStringLiteral("#%1").arg(before + 1); // in the order they are laid out
        fields.push_back({widget, identity, !isPutAway(widget, form)});
    }
    return fields;
}

std::vector<QWidget*> unnamedDraftFieldsOf(QWidget* form)
{
    std::vector<QWidget*> widgets;
    collect(form, form, widgets);
    std::vector<QWidget*> unnamed;
    for (QWidget* widget : widgets) {
        if (nameOf(widget).isEmpty())
            unnamed.push_back(widget);
    }
    return unnamed;
}

QJsonValue draftValue(const QWidget* field)
{
    if (const auto* combo = qobject_cast<const QComboBox*>(field)) {
        // The item's data where it has some (an id, a stored code), so a list that is filled
        // again in another order, or in another language, still finds the same choice.
        const QVariant data = combo->currentData();
        if (!combo->isEditable() && data.isValid())
            return QJsonObject{{QStringLiteral("data"), data.toString()}};
        return QJsonObject{{QStringLiteral("text"), combo->currentText()}};
    }
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(field))
        return plain->toPlainText();
    if (const auto* rich = qobject_cast<const QTextEdit*>(field))
        return rich->toPlainText();
    const QVariant value = field->metaObject()->userProperty().read(field);
    if (const QString iso = isoText(value); !iso.isEmpty())
        return iso;
    return QJsonValue::fromVariant(value);
}

void setDraftValue(QWidget* field, const QJsonValue& value)
{
    if (auto* combo = qobject_cast<QComboBox*>(field)) {
        const QJsonObject chosen = value.toObject();
        if (chosen.contains(QStringLiteral("data"))) {
            const QString data = chosen.value(QStringLiteral("data")).toString();
            for (int index = 0; index < combo->count(); ++index) {
                if (combo->itemData(index).isValid() && combo->itemData(index).toString() == data) {
                    combo->setCurrentIndex(index);
                    return;
                }
            }
            return;
        }
        const QString text = chosen.value(QStringLiteral("text")).toString();
        if (combo->isEditable())
            combo->setEditText(text);
        else if (const int index = combo->findText(text); index >= 0)
            combo->setCurrentIndex(index);
        return;
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(field)) {
        plain->setPlainText(value.toString());
        plain->moveCursor(QTextCursor::End);
        return;
    }
    if (auto* rich = qobject_cast<QTextEdit*>(field)) {
        rich->setPlainText(value.toString());
        rich->moveCursor(QTextCursor::End);
        return;
    }
    const QMetaProperty user = field->metaObject()->userProperty();
    QVariant converted = value.toVariant();
    if (converted.metaType() != user.metaType())
        converted.convert(user.metaType());
    user.write(field, converted);
}

bool isBlankDraftValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    default:
        return true; // a choice, a date or a number nobody has typed is not yet a draft
    }
}

void connectDraftField(QWidget* field, QObject* receiver, const char* slot)
{
    const QMetaProperty user = field->metaObject()->userProperty();
    if (!user.hasNotifySignal())
        return;
    const QMetaMethod notify = user.notifySignal();
    const int index = receiver->metaObject()->indexOfSlot(
        QMetaObject::normalizedSignature(slot + 1).constData());
    if (index < 0)
        return;
    QObject::connect(field, notify, receiver, receiver->metaObject()->method(index), Qt::UniqueConnection);
}

void markDraftRoot(QWidget* form)
{
    form->setProperty(kDraftRoot, true);
}

} // namespace alongside::ui
