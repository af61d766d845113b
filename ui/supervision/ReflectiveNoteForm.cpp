#include "supervision/ReflectiveNoteForm.h"

#include "common/Card.h"
#include "common/DateField.h"
#include "common/DisplayFormats.h"
#include "common/HeadingLabel.h"
#include "common/TabOrder.h"
#include "supervision/AgreedActionsList.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

ReflectiveNoteForm::ReflectiveNoteForm(const QString& heading, const core::ReflectiveNote& note,
                                       const QDate& today, const QString& practitioner, QWidget* parent)
    : QWidget(parent), m_note(note)
{
    setObjectName(QStringLiteral("reflectiveNoteForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(new HeadingLabel(heading, HeadingLabel::Level::Section, this));
    auto* intro = new QLabel(tr("Talk it through; write down only what helps. Leave a question empty if it "
                                "did not come up."),
                             this);
    intro->setWordWrap(true);
    makeQuiet(intro);
    layout->addWidget(intro);

    for (core::ReflectivePrompt prompt : core::reflectivePrompts()) {
        auto* question = new QLabel(core::promptQuestion(prompt), this);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        auto* hint = new QLabel(core::promptHint(prompt), this);
        hint->setWordWrap(true);
        makeQuiet(hint);
        auto* answer = new QPlainTextEdit(note.answerTo(prompt), this);
        answer->setObjectName(QStringLiteral("answer-") + codeOf(core::kReflectivePromptCodes, prompt));
        answer->setAccessibleName(core::promptQuestion(prompt));
        answer->setAccessibleDescription(core::promptHint(prompt));
        answer->setTabChangesFocus(true);
        answer->setFixedHeight(answer->fontMetrics().lineSpacing() * 2 + 14);
        question->setBuddy(answer);
        layout->addWidget(question);
        layout->addWidget(hint);
        layout->addWidget(answer);
        m_answers.emplace_back(prompt, answer);
    }

    // Made after the questions, so the focus chain (and Tab) meets them in reading order.
    m_agreed = new AgreedActionsList(this);
    m_what = new QLineEdit(this);
    m_owner = new QLineEdit(practitioner, this);
    m_due = new DateField(DateDirection::Future, this);
    m_addAction = new QPushButton(tr("&Agree this"), this);
    layout->addSpacing(6);
    layout->addWidget(new HeadingLabel(tr("What we agreed"), HeadingLabel::Level::Section, this));
    layout->addWidget(m_agreed);
    for (const core::SupervisionAction& action : note.actions)
        m_agreed->showStored(action);

    m_what->setObjectName(QStringLiteral("supervisionActionWhat"));
    m_what->setAccessibleName(tr("What was agreed"));
    m_what->setPlaceholderText(tr("For example: ask her who she would like at the meeting"));
    m_owner->setObjectName(QStringLiteral("supervisionActionOwner"));
    m_owner->setAccessibleName(tr("Who will do it"));
    m_due->setObjectName(QStringLiteral("supervisionActionDue"));
    m_due->setAccessibleName(tr("By when"));
    m_due->setDate(today.addDays(14));
    m_addAction->setObjectName(QStringLiteral("agreeSupervisionAction"));
    m_addAction->setAccessibleName(tr("Agree this action"));
    auto* form = new QFormLayout;
    form->addRow(tr("What"), m_what);
    form->addRow(tr("Who"), m_owner);
    form->addRow(tr("By"), m_due);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addAction);
    addRow->addStretch(1);
    form->addRow(QString(), addRow);
    layout->addLayout(form);
    layout->addStretch(1);

    chainTabs(tabStopsAsLaidOut(this));
    connect(m_addAction, &QPushButton::clicked, this, &ReflectiveNoteForm::addAction);
    // Enter in "What" agrees the action; it must not also reach the dialog and save the note.
    m_what->installEventFilter(this);
}

bool ReflectiveNoteForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_what && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QPlainTextEdit* ReflectiveNoteForm::answer(core::ReflectivePrompt prompt) const
{
    for (const auto& [asked, editor] : m_answers) {
        if (asked == prompt)
            return editor;
    }
    return nullptr;
}

void ReflectiveNoteForm::addAction()
{
    if (m_what->text().trimmed().isEmpty()) {
        m_what->setFocus();
        return;
    }
    if (!m_due->date().isValid()) { // its line under the box says why; nothing typed is lost
        m_due->setFocus();
        return;
    }
    core::SupervisionAction action;
    action.what = m_what->text().trimmed();
    action.owner = m_owner->text().trimmed();
    action.dueOn = m_due->date();
    m_agreed->agree(action);
    m_what->clear();
    m_what->setFocus();
}

int ReflectiveNoteForm::pendingActions() const
{
    return static_cast<int>(m_agreed->pending().size());
}

core::ReflectiveNote ReflectiveNoteForm::note() const
{
    core::ReflectiveNote typed = m_note;
    typed.answers.clear();
    for (const auto& [prompt, editor] : m_answers)
        typed.answers.emplace_back(prompt, editor->toPlainText());
    typed.actions = m_agreed->pending();
    if (!m_what->text().trimmed().isEmpty())
        typed.actions.push_back(
            {0, 0, 0, m_what->text().trimmed(), m_owner->text().trimmed(), m_due->date(), {}, {}});
    return typed;
}

} // namespace alongside::ui
