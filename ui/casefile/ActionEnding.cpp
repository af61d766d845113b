#include "casefile/ActionEnding.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
// The ending, as a draft keeps it.
const QString kDoneKept = QStringLiteral("done");
const QString kNoLongerNeededKept = QStringLiteral("no-longer-needed");
} // namespace

ActionEnding::ActionEnding(qint64 actionId, const QString& what, QWidget* parent)
    : QWidget(parent),
      m_what(what),
      m_done(new QPushButton(tr("Done…"), this)),
      m_notNeeded(new QPushButton(tr("No longer needed…"), this)),
      m_asking(new QWidget(this)),
      m_question(new QLabel(m_asking)),
      m_why(new QLineEdit(m_asking)),
      m_confirm(new QPushButton(m_asking)),
      m_cancel(new QPushButton(tr("Cancel"), m_asking))
{
    setObjectName(QStringLiteral("actionEnding-%1").arg(actionId));
    m_done->setObjectName(QStringLiteral("actionDone"));
    m_done->setAccessibleName(tr("Mark done: %1").arg(what));
    m_notNeeded->setObjectName(QStringLiteral("actionNotNeeded"));
    m_notNeeded->setAccessibleName(tr("No longer needed: %1").arg(what));
    m_why->setObjectName(QStringLiteral("actionEndedWhy"));
    m_confirm->setObjectName(QStringLiteral("confirmActionEnding"));
    m_cancel->setAccessibleName(tr("Cancel: leave “%1” open").arg(what));
    m_question->setWordWrap(true);
    m_question->setBuddy(m_why);

    auto* askingLayout = new QVBoxLayout(m_asking);
    askingLayout->setContentsMargins(0, 0, 0, 0);
    askingLayout->addWidget(m_question);
    askingLayout->addWidget(m_why);
    auto* answer = new QHBoxLayout;
    answer->addWidget(m_confirm);
    answer->addWidget(m_cancel);
    answer->addStretch(1);
    askingLayout->addLayout(answer);
    phrase(Ending::Done); // named even while folded away, for screen readers and the audit
    m_asking->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_notNeeded);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_asking);

    connect(m_done, &QPushButton::clicked, this, [this] { ask(Ending::Done); });
    connect(m_notNeeded, &QPushButton::clicked, this, [this] { ask(Ending::NoLongerNeeded); });
    connect(m_confirm, &QPushButton::clicked, this, &ActionEnding::confirm);
    connect(m_why, &QLineEdit::returnPressed, this, &ActionEnding::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &ActionEnding::cancel);
    connect(m_why, &QLineEdit::textChanged, this, &ActionEnding::draftChanged);
}

QStringList ActionEnding::draft() const
{
    if (!isAsking() || m_why->text().isEmpty())
        return {};
    return {m_ending == Ending::Done ? kDoneKept : kNoLongerNeededKept, m_why->text()};
}

void ActionEnding::setDraft(const QStringList& kept)
{
    if (kept.isEmpty()) {
        putAway();
        return;
    }
    // Put back where it was, without taking the keyboard from wherever the person is.
    ask(kept.value(0) == kNoLongerNeededKept ? Ending::NoLongerNeeded : Ending::Done, false);
    m_why->setText(kept.value(1));
}

void ActionEnding::ask(Ending ending, bool takeKeyboard)
{
    phrase(ending);
    m_done->hide();
    m_notNeeded->hide();
    m_asking->show();
    if (takeKeyboard)
        m_why->setFocus();
    emit draftChanged();
}

void ActionEnding::phrase(Ending ending)
{
    m_ending = ending;
    const bool done = ending == Ending::Done;
    m_question->setText(done ? tr("How did it go? (if there is something to say)")
                             : tr("Why is it no longer needed?"));
    m_why->setAccessibleName(done ? tr("How it went: %1").arg(m_what)
                                  : tr("Why it is no longer needed: %1").arg(m_what));
    m_why->setPlaceholderText(done ? tr("For example: they met on Tuesday; she was pleased")
                                   : tr("For example: she moved to her daughter's, so the visits stopped"));
    m_confirm->setText(done ? tr("Mark it done") : tr("Mark it no longer needed"));
}

void ActionEnding::confirm()
{
    const QString why = m_why->text().trimmed();
    if (m_ending == Ending::NoLongerNeeded && why.isEmpty()) {
        m_why->setFocus(); // the record needs the reason; the question above says so
        return;
    }
    emit ended(m_ending, why);
}

void ActionEnding::putAway()
{
    m_asking->hide();
    m_why->clear();
    m_done->show();
    m_notNeeded->show();
    emit draftChanged();
}

void ActionEnding::cancel()
{
    putAway();
    m_done->setFocus();
}

} // namespace alongside::ui
