#include "letters/LetterSideColumn.h"

#include "common/HeadingLabel.h"
#include "letters/LetterFindingsPanel.h"
#include "letters/LetterHistoryList.h"
#include "letters/SafeToSendPanel.h"

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_safeToSend);
    layout->addWidget(m_findings, 1);
    layout->addWidget(
        new HeadingLabel(tr("What happened to this letter"), HeadingLabel::Level::Section, this));
    layout->addWidget(m_history);
}

} // namespace alongside::ui
