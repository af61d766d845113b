#include "casefile/ConversationForm.h"

#include "casefile/ParticipationChecks.h"
#include "casefile/QuoteCapture.h"
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
      m_heldAt(new DateTimeField(QStringLiteral("d MMM yyyy, HH:mm"), this)),
      m_place(new QLineEdit(this)),
      m_present(new QLineEdit(this)),
      m_aloneYes(new QRadioButton(tr("&Yes, on their own"), this)),
      m_aloneNo(new QRadioButton(tr("N&o, someone else was there"), this)),
      m_notAlone(new QWidget(this)),
      m_notAloneReason(new QLineEdit(m_notAlone)),
      m_alonePlanned(new QCheckBox(tr("Time on their own is &planned for"), m_notAlone)),
      m_alonePlannedFor(new DateTimeField(QStringLiteral("d MMM yyyy"), m_notAlone)),
      m_tookPart(new ParticipationChecks),
      m_notes(new QPlainTextEdit),
      m_words(new QuoteCapture),
      m_save(new QPushButton(tr("&Save conversation"))),
      m_putAside(new QPushButton(tr("Put &aside")))
{
    setObjectName(QStringLiteral("conversationForm"));
    m_heldAt->setObjectName(QStringLiteral("conversationHeldAt"));
    m_heldAt->setAccessibleName(tr("When the conversation was"));
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
    auto* alone = new QButtonGroup(this);
    alone->addButton(m_aloneYes);
    alone->addButton(m_aloneNo);
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
    form->addRow(tr("When"), m_heldAt);
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
    connect(m_aloneYes, &QRadioButton::toggled, this, &ConversationForm::showSeenAlone);
    connect(m_aloneYes, &QRadioButton::toggled, this, &ConversationForm::edited);
    connect(m_alonePlanned, &QCheckBox::toggled, this, &ConversationForm::edited);
    connect(m_alonePlannedFor, &QDateTimeEdit::dateChanged, this, &ConversationForm::edited);
    connect(m_heldAt, &QDateTimeEdit::dateTimeChanged, this, &ConversationForm::edited);
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
    conversation.heldAt = m_heldAt->dateTime();
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
    m_heldAt->setDateTime(m_now());
    m_place->clear();
    m_present->clear();
    // Not seen alone until the practitioner says so: a forgotten answer must not hide the flag.
    m_aloneNo->setChecked(true);
    m_notAloneReason->clear();
    m_alonePlanned->setChecked(false);
    m_alonePlannedFor->setDate(m_now().date().addDays(7));
    m_tookPart->choose({core::Participation::InPerson});
    m_notes->clear();
    m_words->clear();
    m_filling = false;
    showSeenAlone();
}

void ConversationForm::showSeenAlone()
{
    m_notAlone->setVisible(m_aloneNo->isChecked());
}

QJsonObject ConversationForm::draftBody() const
{
    QJsonObject draft;
    draft[QStringLiteral("heldAt")] = m_heldAt->dateTime().toString(Qt::ISODate);
    draft[QStringLiteral("place")] = m_place->text();
    draft[QStringLiteral("present")] = m_present->text();
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
    const QDateTime heldAt = QDateTime::fromString(draft.value(QStringLiteral("heldAt")).toString(),
                                                   Qt::ISODate);
    if (heldAt.isValid())
        m_heldAt->setDateTime(heldAt);
    m_place->setText(draft.value(QStringLiteral("place")).toString());
    m_present->setText(draft.value(QStringLiteral("present")).toString());
    (draft.value(QStringLiteral("seenAlone")).toBool() ? m_aloneYes : m_aloneNo)->setChecked(true);
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
