#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <vector>

namespace alongside::ui {

// The fields of a form that a draft keeps, found by walking the form's widgets: line and text
// edits, drop-downs, ticks and radio buttons, date and number fields, and any widget of ours
// that declares a USER property (a list of quotes, a list of people). Each is known by its
// object name, or else its accessible name (a tick: its label), qualified by a named ancestor when two share
// a name. Fields inside a widget that keeps its own draft (see FormDraft) belong to that draft.
struct DraftField {
    QPointer<QWidget> widget;
    QString identity;
    // False when the field is hidden with a part of the form that is not in use (a closed
    // editor, an answer that no longer applies): such text is not part of the draft. A page of
    // a tab or stacked widget is in use even while another page is shown.
    bool inUse = true;
};

std::vector<DraftField> draftFieldsOf(QWidget* form);
// Fields of `form` a draft could not find again, having neither an object name nor an
// accessible name: what is typed into them is not kept. For a test to name them.
std::vector<QWidget*> unnamedDraftFieldsOf(QWidget* form);

QJsonValue draftValue(const QWidget* field);
void setDraftValue(QWidget* field, const QJsonValue& value);
// A value that says nothing was typed or ticked (an empty text, an unticked box).
bool isBlankDraftValue(const QJsonValue& value);
// Connects the field's change signal to `receiver`'s slot `slot` (a SLOT() signature).
void connectDraftField(QWidget* field, QObject* receiver, const char* slot);

// Marks a widget as the root of a form whose draft is kept apart: the walk for an enclosing
// form's fields stops there.
void markDraftRoot(QWidget* form);

} // namespace alongside::ui
