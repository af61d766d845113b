#include "casefile/ConversationCard.h"

#include "casefile/CorrectionEditor.h"
#include "common/AnswerLabels.h"
#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "common/QuoteLabel.h"
#include "common/SoftDot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QLabel* textLabel(const QString& text, QWidget* parent, const char* objectName = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (objectName)
        label->setObjectName(QString::fromLatin1(objectName));
    return label;
}
} // namespace

ConversationCard::ConversationCard(const core::Conversation& conversation,
                                   const std::vector<core::CaseNote>& addenda, QWidget* parent)
    : QWidget(parent), m_conversationId(conversation.id)
{
    setObjectName(QStringLiteral("conversationCard"));
    auto* card = new Card(QStringLiteral("conversationFrame"), this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(card);
    QVBoxLayout* content = card->content();

    const QString when = QStringLiteral("%1, %2").arg(
        QLocale().toString(conversation.heldAt.date(), QStringLiteral("ddd d MMM yyyy")),
        shortTime(conversation.heldAt.time()));
    const QString heading = conversation.place.isEmpty() ? when : tr("%1 · %2").arg(when, conversation.place);
    // Bold through markup, not setFont(), so the title keeps following View → Larger text.
    auto* title = textLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), card,
                            "conversationWhen");
    title->setTextFormat(Qt::RichText);
    title->setAccessibleName(heading);
    content->addWidget(title);

    if (conversation.seenAlone) {
        content->addWidget(textLabel(tr("Seen on their own."), card, "conversationSeenAlone"));
    } else {
        QString notAlone = tr("Not seen on their own");
        if (!conversation.notAloneReason.isEmpty())
            notAlone += tr(": %1").arg(conversation.notAloneReason);
        notAlone += conversation.aloneConversationPlannedFor.isValid()
            ? tr(". Time alone planned for %1.").arg(longDate(conversation.aloneConversationPlannedFor))
            : tr(". No time alone planned yet.");
        auto* row = new QHBoxLayout;
        auto* dot = new QLabel(card);
        dot->setPixmap(softDot(qMax(10, fontMetrics().height() / 2), devicePixelRatioF()));
        dot->setAccessibleName(tr("Worth a look")); // as the caseload's dots: a picture is named
        row->addWidget(dot, 0, Qt::AlignTop);
        row->addWidget(textLabel(notAlone, card, "conversationSeenAlone"), 1);
        content->addLayout(row);
    }

    QStringList facts;
    if (!conversation.present.isEmpty())
        facts << tr("Also there: %1").arg(conversation.present.join(QStringLiteral(", ")));
    QStringList how;
    for (const core::Participation way : conversation.tookPartHow)
        how << answerLabel(way).toLower();
    if (!how.isEmpty())
        facts << tr("They took part %1").arg(how.join(QStringLiteral(", ")));
    if (!facts.isEmpty())
        content->addWidget(textLabel(facts.join(QStringLiteral(" · ")), card));

    if (!conversation.personsWords.isEmpty()) {
        auto* wordsHeading = textLabel(tr("In their words"), card);
        makeQuiet(wordsHeading);
        content->addWidget(wordsHeading);
        for (const QString& words : conversation.personsWords)
            content->addWidget(new QuoteLabel(words, card));
    }
    if (!conversation.notes.isEmpty()) {
        auto* notesHeading = textLabel(tr("Notes"), card);
        makeQuiet(notesHeading);
        content->addWidget(notesHeading);
        content->addWidget(textLabel(conversation.notes, card, "conversationNotes"));
    }
    if (!conversation.author.isEmpty()) {
        auto* written = textLabel(
            tr("Written by %1, %2").arg(conversation.author, shortDateTime(conversation.writtenAt)), card);
        makeQuiet(written);
        content->addWidget(written);
    }
    for (const core::CaseNote& addendum : addenda) {
        auto* added = textLabel(tr("Addendum, %1 · %2\n%3")
                                    .arg(shortDateTime(addendum.writtenAt), addendum.author, addendum.body),
                                card, "conversationAddendum");
        added->setContentsMargins(18, 4, 0, 0);
        content->addWidget(added);
    }

    m_correction = new CorrectionEditor(conversation.notes, tr("this conversation"), card);
    content->addWidget(m_correction);
    const qint64 conversationId = conversation.id;
    connect(m_correction, &CorrectionEditor::correctionRequested, this,
            [this, conversationId](const QString& text) { emit correctionRequested(conversationId, text); });
    connect(m_correction, &CorrectionEditor::addendumRequested, this,
            [this, conversationId](const QString& text) { emit addendumRequested(conversationId, text); });
}

} // namespace alongside::ui
