#include "letters/LetterSideColumn.h"

#include "common/HeadingLabel.h"
#include "letters/LetterFindingsPanel.h"
#include "letters/LetterHistoryList.h"
#include "letters/SafeToSendPanel.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace alongside::ui {

LetterSideColumn::LetterSideColumn(QWidget* parent)
    : QWidget(parent),
      m_safeToSend(new SafeToSendPanel(this)),
      m_findings(new LetterFindingsPanel(this)),
      m_history(new LetterHistoryList(this))
{
    setObjectName(QStringLiteral("letterSideColumn"));
    setFixedWidth(fontMetrics().averageCharWidth() * 40);
    m_history->setMaximumHeight(fontMetrics().height() * 7);
    // On a laptop the column is shorter than its three parts: it scrolls rather than squeeze
    // the safe-to-send question and its answer into each other.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_safeToSend->setParent(content);
    m_findings->setParent(content);
    m_history->setParent(content);
    m_findings->setMinimumHeight(fontMetrics().height() * 12);
    layout->addWidget(m_safeToSend);
    layout->addWidget(m_findings, 1);
    layout->addWidget(
        new HeadingLabel(tr("What happened to this letter"), HeadingLabel::Level::Section, content));
    layout->addWidget(m_history);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("letterSideScroll"));
    // Tab goes to its questions and lists (the column scrolls to each), not the column itself,
    // which Qt would otherwise reach after them, back up at its top.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace alongside::ui
