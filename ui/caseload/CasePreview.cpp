#include "caseload/CasePreview.h"

#include "common/FlagList.h"
#include "common/HeadingLabel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace alongside::ui {

CasePreview::CasePreview(QWidget* parent)
    : QWidget(parent),
      m_pages(new QStackedLayout(this)),
      m_placeholder(
          new QLabel(tr("Choose a case to see it here. Press Enter in the caseload to open it."), this)),
      m_name(new HeadingLabel(QString(), HeadingLabel::Level::Section)),
      m_facts(new QLabel),
      m_nextAction(new QLabel),
      m_flags(new FlagList),
      m_open(new QPushButton(tr("&Open case")))
{
    setObjectName(QStringLiteral("casePreview"));
    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("casePreviewName"));
    m_facts->setObjectName(QStringLiteral("casePreviewFacts"));
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    for (QLabel* label : {m_facts, m_nextAction}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_nextAction);
    auto* worth = new QLabel(tr("Worth a look"), details);
    worth->setObjectName(QStringLiteral("casePreviewWorthALook"));
    layout->addSpacing(4);
    layout->addWidget(worth);
    layout->addWidget(m_flags);
    layout->addStretch(1);
    layout->addWidget(m_open, 0, Qt::AlignLeft);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(details);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_caseId != 0)
            emit openRequested(m_caseId);
    });
    showNothing();
}

void CasePreview::showCase(const core::CaseSummary& summary, const std::vector<core::CaseFlag>& flags,
                           const QDate& today)
{
    m_caseId = summary.caseId;
    m_name->setText(summary.personName);
    const int days = summary.daysOpen(today);
    const QString open = summary.isClosed()
        ? tr("closed %1").arg(QLocale().toString(summary.closedOn, QLocale::LongFormat))
        : days == 1 ? tr("open 1 day")
                    : tr("open %1 days").arg(days);
    m_facts->setText(QStringLiteral("%1 · %2 · %3").arg(summary.reference, summary.stage, open));
    m_nextAction->setText(
        summary.nextActionDue.isValid()
            ? tr("Next action due %1").arg(QLocale().toString(summary.nextActionDue, QLocale::LongFormat))
            : tr("No action waiting"));
    m_flags->setFlags(flags);
    m_open->setAccessibleName(tr("Open the case for %1").arg(summary.personName));
    m_pages->setCurrentIndex(1);
}

void CasePreview::showNothing()
{
    m_caseId = 0;
    m_open->setAccessibleName(tr("Open case"));
    m_pages->setCurrentIndex(0);
}

} // namespace alongside::ui
