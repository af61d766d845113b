#include "casefile/PromptsPanel.h"

#include "common/HeadingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace alongside::ui {

// Drawn from the Making Safeguarding Personal guidance (LGA/ADASS toolkit): ask early, ask
// alone, in their words; outcomes change; risks are theirs to weigh; at the end, their view.
std::vector<PromptsPanel::Group> PromptsPanel::promptGroups()
{
    return {
        {tr("Starting"),
         {tr("Can we talk on your own?"), tr("What would you like to happen?"),
          tr("What would a good outcome look like for you?"),
          tr("Is there anything you are worried about if we do that?"),
          tr("Who would you like with you, or to help you say what you want?")}},
        {tr("Along the way"),
         {tr("Is that still what you want, or has it changed?"), tr("What matters most to you about this?"),
          tr("What would make you feel safer?"), tr("Is anyone else at risk?")}},
        {tr("Before closing"),
         {tr("Did we do what you wanted?"), tr("Do you feel safer now?"),
          tr("Is there anything you would like to happen next?")}},
    };
}

QStringList PromptsPanel::prompts()
{
    QStringList all;
    for (const Group& group : promptGroups())
        all << group.second;
    return all;
}

PromptsPanel::PromptsPanel(QWidget* parent) : QFrame(parent), m_hide(new QPushButton(tr("Hide"), this))
{
    setObjectName(QStringLiteral("promptsPanel"));
    setAccessibleName(tr("Conversation prompts"));
    setFrameShape(QFrame::StyledPanel);
    // A faint green-grey paper, apart from the record without competing with it.
    setStyleSheet(QStringLiteral("#promptsPanel { background: #f1f5f3; border: 1px solid #cfdcd6; "
                                 "border-radius: 6px; } #promptsColumn { background: #f1f5f3; } "
                                 "#promptsPanel QLabel { color: #1f2b27; }"));
    m_hide->setObjectName(QStringLiteral("hidePrompts"));
    m_hide->setAccessibleName(tr("Hide the conversation prompts"));

    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("promptsColumn"));
    column->setAttribute(Qt::WA_StyledBackground); // so the style sheet paints it
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    auto* top = new QHBoxLayout;
    top->addWidget(new HeadingLabel(tr("Prompts"), HeadingLabel::Level::Section, column), 1);
    top->addWidget(m_hide, 0, Qt::AlignTop);
    layout->addLayout(top);
    auto* intro = new QLabel(
        tr("To have in mind while you talk — not a form. Use your own words, and theirs."), column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Group& group : promptGroups()) {
        layout->addSpacing(6);
        auto* stage = new QLabel(QStringLiteral("<b>%1</b>").arg(group.first.toHtmlEscaped()), column);
        stage->setTextFormat(Qt::RichText);
        stage->setAccessibleName(group.first);
        layout->addWidget(stage);
        for (const QString& prompt : group.second) {
            auto* line = new QLabel(QStringLiteral("•  %1").arg(prompt), column);
            line->setObjectName(QStringLiteral("prompt"));
            line->setWordWrap(true);
            line->setTextFormat(Qt::PlainText);
            line->setAccessibleName(prompt);
            layout->addWidget(line);
        }
    }
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Conversation prompts"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(column);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_hide, &QPushButton::clicked, this, &PromptsPanel::hideRequested);
}

} // namespace alongside::ui
