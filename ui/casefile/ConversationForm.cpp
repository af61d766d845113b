#include "casefile/ConversationForm.h"

#include "casefile/ParticipationChecks.h"
#include "casefile/QuoteCapture.h"
#include "common/DateField.h"
#include "common/DateTimeField.h"
#include "common/DisplayFormats.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alongside::ui {

ConversationForm::ConversationForm(std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent),
      m_now(std::move(now)),
      m_draft(new FormDraft(this)),
      m_heldOn(new DateField(DateDirection::Past, this)),
      m_heldTime(new DateTimeField(QStringLiteral("HH:mm"), this)),
      m_place(new QLineEdit(this)),
      m_present(new QLineEdit(this)),
      m_aloneYes(new QRadioButton(tr("Yes, on their own"), this)),
      m_aloneNo(new QRadioButton(tr("No, someone else was there"), this)),
      m_notAlone(new QWidget(this)),
      m_notAloneReason(new QLineEdit(m_notAlone)),
      m_alonePlanned(new QCheckBox(tr("Time on their own is &planned for"), m_notAlone)),
      m_alonePlannedFor(new DateField(DateDirection::Future, m_notAlone)),
      m_tookPart(new ParticipationChecks),
      m_notes(new QPlainTextEdit),
      m_words(new QuoteCapture),
      m_save(new QPushButton(tr("&Save conversation"))),
      m_putAside(new QPushButton(tr("P&ut aside")))
{
    setObjectName(QStringLiteral("conversationForm"));
    m_heldOn->setObjectName(QStringLiteral("conversationHeldOn"));
    m_heldOn->setAccessibleName(tr("Day of the conversation"));
    m_heldOn->setToday([this] { return m_now().date(); });
    m_heldTime->setObjectName(QStringLiteral("conversationHeldTime"));
    m_heldTime->setAccessibleName(tr("Time of the conversation"));
    m_place->setObjectName(QStringLiteral("conversationPlace"));
    m_place->setAccessibleName(tr("Where"));
    m_place->setPlaceholderText(tr("For example: at home, at the day centre, by phone"));
    m_present->setObjectName(QStringLiteral("conversationPresent"));
    m_present->setAccessibleName(tr("Who else was there"));
    m_present->setPlaceholderText(tr("Nobody, or for example: daughter, interpreter"));
    m_aloneYes->setObjectName(QStringLiteral("seenAloneYes"));
    m_aloneNo->setObjectName(QStringLiteral("seenAloneNo"));
    m_aloneYes->setAccessibleName(tr("Seen on their own: yes"));
    m_aloneNo->setAccessibleName(tr("Seen on their own: no, someone else was there"));
    m_alone = new QButtonGroup(this);
    m_alone->addButton(m_aloneYes);
    m_alone->addButton(m_aloneNo);
    m_notAloneReason->setObjectName(QStringLiteral("notAloneReason"));
    m_notAloneReason->setAccessibleName(tr("Why not on their own"));
    m_notAloneReason->setPlaceholderText(tr("Why not — for example: her son would not leave the room"));
    m_alonePlanned->setAccessibleName(tr("Time on their own is planned"));
    m_alonePlannedFor->setAccessibleName(tr("Date planned for time on their own"));
    m_alonePlannedFor->setEnabled(false);
    connect(m_alonePlanned, &QCheckBox::toggled, m_alonePlannedFor, &QWidget::setEnabled);
    auto* notAloneLayout = new QFormLayout(m_notAlone);
    notAloneLayout->setContentsMargins(24, 0, 0, 0);
    notAloneLayout->addRow(tr("Why not"), m_notAloneReason);
    notAloneLayout->addRow(m_alonePlanned, m_alonePlannedFor);

    auto* aloneRow = new QVBoxLayout;
    aloneRow->addWidget(m_aloneYes);
    aloneRow->addWidget(m_aloneNo);
    aloneRow->addWidget(m_notAlone);

    m_tookPart->setParent(this);
    connect(m_tookPart, &ParticipationChecks::changed, this, &ConversationForm::edited);

    m_words->setParent(this);
    m_notes->setParent(this);
    m_notes->setObjectName(QStringLiteral("conversationNotes"));
    m_notes->setAccessibleName(tr("Your notes"));
    m_notes->setPlaceholderText(tr("What happened, what was agreed, what you noticed"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 6);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* when = new QHBoxLayout;
    when->addWidget(m_heldOn);
    auto* atLabel = new QLabel(tr("at"), this);
    atLabel->setBuddy(m_heldTime);
    when->addWidget(atLabel);
    when->addWidget(m_heldTime);
    when->addStretch(1);
    auto* whenLabel = new QLabel(tr("Wh&en"), this);
    whenLabel->setBuddy(m_heldOn);
    form->addRow(whenLabel, when);
    form->addRow(tr("Where"), m_place);
    form->addRow(tr("Also &there"), m_present);
    form->addRow(tr("On their own?"), aloneRow);
    form->addRow(tr("How they took part"), m_tookPart);
    auto* wordsLabel = new QLabel(tr("Their own &words"), this);
    wordsLabel->setBuddy(m_words->editor()); // the mnemonic lands in the box, ready to type
    form->addRow(wordsLabel, m_words);
    form->addRow(tr("Your &notes"), m_notes);

    m_draft->setCodec({[this] { return draftBody(); },
                       [this](const QJsonObject& draft) { restoreFrom(draft); }, [this] { return isEmpty(); },
                       [this] { clearFields(); }});
    m_save->setParent(this);
    m_save->setObjectName(QStringLiteral("saveConversation"));
    m_putAside->setParent(this);
    m_putAside->setObjectName(QStringLiteral("putConversationAside"));
    m_putAside->setAccessibleName(tr("Put aside: keep it as a draft for later"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_putAside);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_draft->notice());
    layout->addLayout(buttons);

    connect(m_notes, &QPlainTextEdit::textChanged, this, &ConversationForm::edited);
    connect(m_words, &QuoteCapture::edited, this, &ConversationForm::edited);
    for (QLineEdit* field : {m_place, m_present, m_notAloneReason})
        connect(field, &QLineEdit::textEdited, this, &ConversationForm::edited);
    for (QRadioButton* answer : {m_aloneYes, m_aloneNo}) {
        connect(answer, &QRadioButton::toggled, this, &ConversationForm::showSeenAlone);
        connect(answer, &QRadioButton::toggled, this, &ConversationForm::edited);
    }
    connect(m_alonePlanned, &QCheckBox::toggled, this, &ConversationForm::edited);
    connect(m_alonePlannedFor, &DateField::dateChanged, this, &ConversationForm::edited);
    connect(m_heldOn, &DateField::dateChanged, this, &ConversationForm::edited);
    connect(m_heldTime, &QDateTimeEdit::timeChanged, this, &ConversationForm::edited);
    connect(m_save, &QPushButton::clicked, this, &ConversationForm::saveRequested);
    connect(m_putAside, &QPushButton::clicked, this, [this] {
        saveDraft();
        emit putAsideRequested();
    });
    clearFields();
}

QString ConversationForm::draftKey(qint64 caseId)
{
    return QStringLiteral("conversation:%1").arg(caseId);
}

bool ConversationForm::setCase(qint64 caseId)
{
    m_draft->close(); // keeps the last case's draft before the form is emptied
    m_caseId = caseId;
    clearFields();
    if (caseId == 0)
        return false;
    return m_draft->open({caseId, QStringLiteral("conversations"), QStringLiteral("conversation"), 0});
}

core::Conversation ConversationForm::conversation() const
{
    core::Conversation conversation;
    conversation.heldAt = QDateTime(m_heldOn->date(), m_heldTime->time());
    conversation.place = m_place->text().trimmed();
    for (const QString& someone : m_present->text().split(u',', Qt::SkipEmptyParts))
        if (!someone.trimmed().isEmpty())
            conversation.present << someone.trimmed();
    conversation.seenAlone = m_aloneYes->isChecked();
    if (!conversation.seenAlone) {
        conversation.notAloneReason = m_notAloneReason->text().trimmed();
        if (m_alonePlanned->isChecked())
            conversation.aloneConversationPlannedFor = m_alonePlannedFor->date();
    }
    conversation.tookPartHow = m_tookPart->chosen();
    conversation.notes = m_notes->toPlainText().trimmed();
    conversation.personsWords = m_words->allWords();
    conversation.writtenAt = m_now();
    return conversation;
}

QString ConversationForm::problem() const
{
    if (const QString unread = unreadDateIn(this); !unread.isEmpty())
        return unread;
    if (!m_heldOn->date().isValid())
        return tr("Say which day the conversation was.");
    return {};
}

void ConversationForm::begin()
{
    if (m_draft->hasUnsavedChanges() || m_draft->isKept() || !isEmpty())
        return; // carrying on from a draft or from what was typed: its time stands
    const QSignalBlocker quietDay(m_heldOn);
    const QSignalBlocker quietTime(m_heldTime);
    const QDateTime now = m_now();
    m_heldOn->setDate(now.date());
    m_heldTime->setTime(QTime(now.time().hour(), now.time().minute()));
}

bool ConversationForm::isEmpty() const
{
    return m_notes->toPlainText().trimmed().isEmpty() && m_words->allWords().isEmpty()
        && m_place->text().trimmed().isEmpty() && m_present->text().trimmed().isEmpty()
        && m_notAloneReason->text().trimmed().isEmpty();
}

void ConversationForm::clearAfterSave()
{
    m_draft->forget();
    clearFields();
}

bool ConversationForm::saveDraft()
{
    return m_draft->save();
}

bool ConversationForm::hasUnsavedChanges() const
{
    return m_draft->hasUnsavedChanges();
}

void ConversationForm::setSaveDelay(std::chrono::milliseconds delay)
{
    m_draft->setSaveDelay(delay);
}

QLabel* ConversationForm::draftState() const
{
    return m_draft->notice()->text();
}

void ConversationForm::edited()
{
    if (!m_filling)
        m_draft->edited();
}

void ConversationForm::clearFields()
{
    m_filling = true;
    const QDateTime now = m_now();
    m_heldOn->setDate(now.date());
    m_heldTime->setTime(QTime(now.time().hour(), now.time().minute()));
    m_place->clear();
    m_present->clear();
    // Neither answer until the practitioner gives one; an unanswered form is saved as "not
    // seen alone", so a forgotten answer keeps the flag rather than hiding it.
    chooseSeenAlone(std::nullopt);
    m_notAloneReason->clear();
    m_alonePlanned->setChecked(false);
    m_alonePlannedFor->setDate(now.date().addDays(7));
    // How they took part is asked, never assumed: a phone call is not "in person".
    m_tookPart->choose({});
    m_notes->clear();
    m_words->clear();
    m_filling = false;
    showSeenAlone();
}

void ConversationForm::chooseSeenAlone(std::optional<bool> alone)
{
    // An exclusive group cannot be emptied, so it lets go for a moment.
    m_alone->setExclusive(false);
    m_aloneYes->setChecked(alone.value_or(false));
    m_aloneNo->setChecked(alone.has_value() && !*alone);
    m_alone->setExclusive(true);
}

void ConversationForm::showSeenAlone()
{
    m_notAlone->setVisible(m_aloneNo->isChecked());
}

QJsonObject ConversationForm::draftBody() const
{
    QJsonObject draft;
    draft[QStringLiteral("heldOn")] = m_heldOn->date().toString(Qt::ISODate);
    draft[QStringLiteral("heldOnTyped")] = m_heldOn->editor()->text();
    draft[QStringLiteral("heldTime")] = m_heldTime->time().toString(QStringLiteral("HH:mm"));
    draft[QStringLiteral("place")] = m_place->text();
    draft[QStringLiteral("present")] = m_present->text();
    if (m_aloneYes->isChecked() || m_aloneNo->isChecked())
        draft[QStringLiteral("seenAlone")] = m_aloneYes->isChecked();
    draft[QStringLiteral("notAloneReason")] = m_notAloneReason->text();
    if (m_alonePlanned->isChecked())
        draft[QStringLiteral("alonePlannedFor")] = m_alonePlannedFor->date().toString(Qt::ISODate);
    draft[QStringLiteral("notes")] = m_notes->toPlainText();
    draft[QStringLiteral("words")] = QJsonArray::fromStringList(m_words->kept());
    draft[QStringLiteral("typing")] = m_words->typing();
    return draft;
}

void ConversationForm::restoreFrom(const QJsonObject& draft)
{
    m_filling = true;
    // Drafts from before the day and the time were apart kept one "heldAt".
    const QDateTime heldAt = QDateTime::fromString(draft.value(QStringLiteral("heldAt")).toString(),
                                                   Qt::ISODate);
    const QDate heldOn = QDate::fromString(draft.value(QStringLiteral("heldOn")).toString(), Qt::ISODate);
    const QTime heldTime = QTime::fromString(draft.value(QStringLiteral("heldTime")).toString(),
                                             QStringLiteral("HH:mm"));
    if (heldAt.isValid()) {
        m_heldOn->setDate(heldAt.date());
        m_heldTime->setTime(heldAt.time());
    }
    if (heldOn.isValid())
        m_heldOn->setDate(heldOn);
    else if (const QString typed = draft.value(QStringLiteral("heldOnTyped")).toString(); !typed.isEmpty())
        m_heldOn->setTypedText(typed); // what was typed comes back as typed, even if not yet a day
    if (heldTime.isValid())
        m_heldTime->setTime(heldTime);
    m_place->setText(draft.value(QStringLiteral("place")).toString());
    m_present->setText(draft.value(QStringLiteral("present")).toString());
    const QJsonValue alone = draft.value(QStringLiteral("seenAlone"));
    chooseSeenAlone(alone.isBool() ? std::optional<bool>(alone.toBool()) : std::nullopt);
    m_notAloneReason->setText(draft.value(QStringLiteral("notAloneReason")).toString());
    const QDate plannedFor = QDate::fromString(draft.value(QStringLiteral("alonePlannedFor")).toString(),
                                               Qt::ISODate);
    m_alonePlanned->setChecked(plannedFor.isValid());
    if (plannedFor.isValid())
        m_alonePlannedFor->setDate(plannedFor);
    m_notes->setPlainText(draft.value(QStringLiteral("notes")).toString());
    QStringList kept;
    for (const QJsonValue& words : draft.value(QStringLiteral("words")).toArray())
        kept << words.toString();
    m_words->setWords(kept, draft.value(QStringLiteral("typing")).toString());
    m_filling = false;
    showSeenAlone();
}

} // namespace alongside::ui
