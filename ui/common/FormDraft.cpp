#include "common/FormDraft.h"

#include "common/DraftDesk.h"
#include "common/DraftFields.h"
#include "common/DraftNotice.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWidget>

namespace alongside::ui {

namespace {
const QString kFields = QStringLiteral("fields");
// Beside the fields' identities (object or accessible names, which never start so).
const QString kAlsoKept = QStringLiteral("@");

bool isLaidOut(const QLayout* layout, const QWidget* widget)
{
    if (!layout)
        return false;
    for (int index = 0; index < layout->count(); ++index) {
        QLayoutItem* item = layout->itemAt(index);
        if (item->widget() == widget || isLaidOut(item->layout(), widget))
            return true;
    }
    return false;
}
} // namespace

FormDraft::FormDraft(QWidget* form, DraftDesk* desk)
    : QObject(form), m_form(form), m_desk(desk), m_notice(new DraftNotice(form))
{
    setObjectName(QStringLiteral("formDraft"));
    markDraftRoot(form);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSaveWithin);
    connect(&m_timer, &QTimer::timeout, this, &FormDraft::save);
    connect(m_notice, &DraftNotice::discardRequested, this, &FormDraft::discard);
}

FormDraft::~FormDraft()
{
    // The form is going (a dialog closed, a card rebuilt): keep what was typed since the last
    // save, from the values already read (its widgets may be gone by now).
    if (m_dirty && isOpen()) {
        if (DraftDesk* keeping = m_desk ? m_desk.data() : nullptr) {
            core::DraftRepository drafts = keeping->drafts();
            if (isEmpty())
                drafts.discard(m_place);
            else
                drafts.save(m_place, QString::fromUtf8(QJsonDocument(body()).toJson(QJsonDocument::Compact)),
                            keeping->now());
        }
    }
}

void FormDraft::setCodec(Codec codec)
{
    m_codec = std::move(codec);
}

void FormDraft::keepAlso(const QString& name, std::function<QJsonValue()> read,
                         std::function<void(const QJsonValue&)> write)
{
    m_alsoKept.push_back({kAlsoKept + name, std::move(read), std::move(write)});
}

DraftDesk* FormDraft::desk()
{
    if (!m_desk)
        m_desk = DraftDesk::of(m_form);
    return m_desk;
}

bool FormDraft::open(const core::DraftPlace& place)
{
    if (isOpen() && m_place != place)
        save();
    m_timer.stop();
    m_place = place;
    m_dirty = false;
    m_kept = false;
    m_notice->showNothing();
    readFields();
    m_baseline = m_values;
    DraftDesk* keeping = desk();
    if (!keeping || !isOpen())
        return false;
    const std::optional<core::Draft> draft = keeping->drafts().find(place);
    if (!draft)
        return false;
    restoreBody(draft->body);
    m_kept = true;
    placeNotice();
    m_notice->showCarriedOn(draft->savedAt);
    emit restored();
    return true;
}

void FormDraft::close()
{
    if (!save())
        return; // the store would not take it: what was typed stays on screen, and says so
    // What was typed is in the draft now; the form goes back to the record, so it cannot be
    // carried into another case's form.
    m_filling = true;
    if (m_codec) {
        if (m_codec->clear)
            m_codec->clear();
    } else {
        readFields();
        setFields(typedBack());
    }
    m_filling = false;
    m_place = {};
    m_kept = false;
    m_dirty = false;
    m_notice->showNothing();
}

QJsonObject FormDraft::typedBack() const
{
    QJsonObject back;
    for (auto typed = m_values.constBegin(); typed != m_values.constEnd(); ++typed) {
        if (m_baseline.contains(typed.key()))
            back[typed.key()] = m_baseline.value(typed.key());
        else if (typed.value().isString())
            back[typed.key()] = QString();
        else if (typed.value().isBool())
            back[typed.key()] = false;
        else if (typed.value().isArray())
            back[typed.key()] = QJsonArray();
    }
    return back;
}

void FormDraft::edited()
{
    if (m_filling || !isOpen())
        return;
    m_dirty = true;
    // Not restarted by every keystroke: a long spell of typing is kept every second and a half.
    if (!m_timer.isActive())
        m_timer.start();
}

void FormDraft::fieldChanged()
{
    if (m_filling)
        return;
    auto* field = qobject_cast<QWidget*>(sender());
    const QString identity = m_fields.key(field);
    if (identity.isEmpty())
        return;
    if (m_showing) {
        m_filledByRecord.insert(identity);
        return;
    }
    m_values[identity] = draftValue(field);
    edited();
    // Emptied, or back to what the record says (the text went into the record): the draft
    // goes at once rather than after the pause.
    if (m_kept && changedFields().isEmpty())
        save();
}

bool FormDraft::save()
{
    m_timer.stop();
    if (!m_dirty || !isOpen())
        return true;
    DraftDesk* keeping = desk();
    if (!keeping)
        return true; // a form shown on its own, with no store behind it
    if (!m_codec)
        readFields(); // a field may have been added, or put away, since it last changed
    const bool empty = isEmpty();
    core::DraftRepository drafts = keeping->drafts();
    const QDateTime now = keeping->now();
    const bool saved = empty
        ? drafts.discard(m_place)
        : drafts.save(m_place, QString::fromUtf8(QJsonDocument(body()).toJson(QJsonDocument::Compact)), now);
    if (!saved) {
        placeNotice();
        m_notice->showNotKept();
        return false;
    }
    m_dirty = false;
    if (empty)
        m_notice->showNothing();
    setKept(!empty);
    if (!empty)
        emit kept(now);
    return true;
}

void FormDraft::forget()
{
    m_timer.stop();
    if (isOpen()) {
        if (DraftDesk* keeping = desk())
            keeping->drafts().discard(m_place);
    }
    m_dirty = false;
    m_notice->showNothing();
    readFields();
    m_baseline = m_values;
    setKept(false);
}

void FormDraft::discard()
{
    m_filling = true;
    if (m_codec) {
        if (m_codec->clear)
            m_codec->clear();
    } else {
        readFields();
        setFields(typedBack());
    }
    m_filling = false;
    forget();
    emit discarded();
}

void FormDraft::recordShowing()
{
    if (m_codec || !isOpen())
        return;
    readFields();
    m_typedBeforeShowing = changedFields();
    m_filledByRecord.clear();
    m_showing = true;
}

void FormDraft::recordShown()
{
    if (m_codec || !isOpen() || !m_showing)
        return;
    m_showing = false;
    const QJsonObject before = m_baseline;
    readFields();
    m_baseline = QJsonObject();
    for (auto now = m_values.constBegin(); now != m_values.constEnd(); ++now) {
        // What the record filled in (or a field built afresh) is the record's; a field the
        // record left alone keeps the record's value it had.
        const bool fromRecord = m_filledByRecord.contains(now.key()) || !before.contains(now.key());
        m_baseline[now.key()] = fromRecord ? now.value() : before.value(now.key());
    }
    // Whatever was typed goes back over what the record shows, unless the record now says it.
    QJsonObject putBack;
    for (auto typed = m_typedBeforeShowing.constBegin(); typed != m_typedBeforeShowing.constEnd(); ++typed) {
        if (m_values.contains(typed.key()) && m_values.value(typed.key()) != typed.value())
            putBack[typed.key()] = typed.value();
    }
    m_filling = true;
    setFields(putBack);
    m_filling = false;
    readFields();
    const QJsonObject typedNow = changedFields();
    if (typedNow != m_typedBeforeShowing) {
        m_dirty = true;
        if (typedNow.isEmpty())
            save(); // the record has it all now: the draft goes at once
        else
            edited();
    }
}

void FormDraft::readFields()
{
    if (m_codec)
        return;
    m_fields.clear();
    m_values = QJsonObject();
    for (const DraftField& field : draftFieldsOf(m_form)) {
        m_fields.insert(field.identity, field.widget);
        connectDraftField(field.widget, this, SLOT(fieldChanged()));
        if (field.inUse)
            m_values[field.identity] = draftValue(field.widget);
    }
    for (const Kept& kept : m_alsoKept)
        m_values[kept.name] = kept.read();
}

QJsonObject FormDraft::changedFields() const
{
    QJsonObject changed;
    for (auto now = m_values.constBegin(); now != m_values.constEnd(); ++now) {
        const bool differs = m_baseline.contains(now.key()) ? m_baseline.value(now.key()) != now.value()
                                                            : !isBlankDraftValue(now.value());
        if (differs)
            changed[now.key()] = now.value();
    }
    return changed;
}

QJsonObject FormDraft::body() const
{
    return m_codec ? m_codec->body() : QJsonObject{{kFields, changedFields()}};
}

bool FormDraft::isEmpty() const
{
    return m_codec ? m_codec->isEmpty() : changedFields().isEmpty();
}

void FormDraft::restoreBody(const QString& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
    m_filling = true;
    if (m_codec) {
        m_codec->restore(document.object());
    } else if (error.error == QJsonParseError::NoError && document.object().contains(kFields)) {
        setFields(document.object().value(kFields).toObject());
    } else if (m_values.size() == 1) {
        // Kept as plain text before drafts were kept field by field (the quick note).
        setFields(QJsonObject{{m_values.constBegin().key(), body}});
    }
    m_filling = false;
    readFields();
    m_dirty = false;
}

void FormDraft::setFields(const QJsonObject& values)
{
    // Ticks that are on go last: turning one radio button on turns its neighbours off.
    for (const Kept& kept : m_alsoKept) {
        if (values.contains(kept.name))
            kept.write(values.value(kept.name));
    }
    for (const bool ticksOn : {false, true}) {
        for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
            QWidget* field = m_fields.value(value.key());
            if (!field || (value.value().isBool() && value.value().toBool()) != ticksOn)
                continue;
            setDraftValue(field, value.value());
        }
    }
}

void FormDraft::setKept(bool kept)
{
    if (kept == m_kept)
        return;
    m_kept = kept;
    if (DraftDesk* keeping = desk())
        emit keeping->draftsChanged(m_place.caseId);
}

void FormDraft::placeNotice()
{
    if (isLaidOut(m_form->layout(), m_notice))
        return;
    // At the top of the form, where the eye starts; a form may place it itself beforehand.
    if (auto* box = qobject_cast<QBoxLayout*>(m_form->layout()))
        box->insertWidget(0, m_notice);
    else if (auto* form = qobject_cast<QFormLayout*>(m_form->layout()))
        form->insertRow(0, m_notice);
}

} // namespace alongside::ui
