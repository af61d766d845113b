#include "casefile/OutcomeCard.h"

#include "common/AnswerLabels.h"
#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "common/FormDraft.h"
#include "common/QuoteLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    makeQuiet(label);
    return label;
}
} // namespace

OutcomeCard::OutcomeCard(const core::DesiredOutcome& outcome, QWidget* parent)
    : QWidget(parent), m_outcomeId(outcome.id), m_draft(new FormDraft(this))
{
    setObjectName(QStringLiteral("outcomeCard"));
    auto* card = new Card(QStringLiteral("outcomeFrame"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    QVBoxLayout* content = card->content();

    const core::OutcomeRevision* current = outcome.current();
    const QString wording = current ? current->wording : QString();
    if (outcome.voice == core::OutcomeVoice::Person) {
        content->addWidget(new QuoteLabel(wording, card));
    } else {
        auto* words = new QLabel(wording, card);
        words->setObjectName(QStringLiteral("outcomeWording"));
        words->setWordWrap(true);
        words->setTextFormat(Qt::PlainText);
        content->addWidget(words);
    }
    QString said = tr("Put into words by: %1").arg(answerLabel(outcome.voice).toLower());
    if (outcome.revisions.size() > 1)
        said += tr(" · first recorded %1 · revisited %2")
                    .arg(shortDate(outcome.firstRecordedOn()), shortDate(outcome.lastRevisitedOn()));
    else
        said += tr(" · recorded %1").arg(shortDate(outcome.firstRecordedOn()));
    content->addWidget(quietLabel(said, card));
    if (current && !current->context.isEmpty())
        content->addWidget(quietLabel(tr("What changed: %1").arg(current->context), card));

    // Earlier wordings, newest first: outcomes change, and how they changed matters.
    for (std::size_t back = 2; back <= outcome.revisions.size(); ++back) {
        const core::OutcomeRevision& revision = outcome.revisions[outcome.revisions.size() - back];
        auto* earlier = quietLabel(
            tr("Earlier (%1): “%2”").arg(shortDate(revision.recordedOn), revision.wording), card);
        earlier->setObjectName(QStringLiteral("earlierWording"));
        content->addWidget(earlier);
    }
    if (outcome.achievement) {
        QString closing =
            tr("At closing, in their view: %1").arg(core::sacLabel(outcome.achievement->achieved));
        if (!outcome.achievement->why.isEmpty())
            closing += tr(" — %1").arg(outcome.achievement->why);
        auto* achieved = new QLabel(closing, card);
        achieved->setWordWrap(true);
        content->addWidget(achieved);
    }

    m_revisit = new QPushButton(tr("Revisit"), card);
    m_revisit->setObjectName(QStringLiteral("revisitOutcome"));
    m_revisit->setAccessibleName(tr("Revisit: %1").arg(wording));
    content->addWidget(m_revisit, 0, Qt::AlignLeft);

    m_editor = new QWidget(card);
    m_newWording = new QLineEdit(m_editor);
    m_newWording->setObjectName(QStringLiteral("revisedWording"));
    m_newWording->setAccessibleName(tr("What they want now"));
    m_newWording->setPlaceholderText(tr("In their words, as they say it now"));
    m_context = new QLineEdit(m_editor);
    m_context->setAccessibleName(tr("What prompted the change"));
    m_context->setPlaceholderText(tr("Optional: for example, after the meeting with the agency"));
    m_keep = new QPushButton(tr("Keep this wording"), m_editor);
    m_keep->setObjectName(QStringLiteral("keepRevision"));
    m_cancel = new QPushButton(tr("Cancel"), m_editor);
    m_cancel->setAccessibleName(tr("Cancel revisiting"));
    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 4, 0, 0);
    form->addRow(tr("Now"), m_newWording);
    form->addRow(tr("Why it changed"), m_context);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    form->addRow(buttons);
    content->addWidget(m_editor);
    setRevisiting(false);

    m_wording = wording;
    connect(m_revisit, &QPushButton::clicked, this, [this] {
        startRevisit();
        m_newWording->selectAll();
        m_newWording->setFocus();
    });
    // Cancel puts the new words aside: they wait as a draft until Revisit is pressed again.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_draft->close();
        setRevisiting(false);
        m_revisit->setFocus();
    });
    auto keep = [this] {
        const QString now = m_newWording->text().trimmed();
        if (!now.isEmpty())
            emit revisited(m_outcomeId, now, m_context->text().trimmed());
    };
    connect(m_keep, &QPushButton::clicked, this, keep);
    connect(m_newWording, &QLineEdit::returnPressed, this, keep);
}

void OutcomeCard::keepDraftsIn(qint64 caseId, const QString& part)
{
    m_caseId = caseId;
    m_part = part;
}

void OutcomeCard::carryOn()
{
    startRevisit();
}

void OutcomeCard::startRevisit()
{
    m_newWording->setText(m_wording);
    m_context->clear();
    setRevisiting(true);
    if (m_caseId != 0)
        m_draft->open({m_caseId, m_part, QStringLiteral("outcome-revisit"), m_outcomeId});
}

void OutcomeCard::setRevisiting(bool on)
{
    m_editor->setVisible(on);
    m_revisit->setVisible(!on);
}

} // namespace alongside::ui
