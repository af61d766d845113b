#include "shell/WorkspacePage.h"

#include "casefile/CaseArea.h"
#include "casefile/QuickNotePad.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "common/DemoBanner.h"

#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace alongside::ui {

WorkspacePage::WorkspacePage(QSqlDatabase db, std::function<QDate()> today, const QString& demoPassphrase,
                             QWidget* parent)
    : QWidget(parent),
      m_caseloadRepository(db),
      m_caseloadModel(new CaseloadModel(std::move(today), this)),
      m_caseloadPanel(new CaseloadPanel(m_caseloadModel, this)),
      m_caseArea(new CaseArea(db, this))
{
    setObjectName(QStringLiteral("workspacePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(12);
    if (!demoPassphrase.isEmpty())
        layout->addWidget(new DemoBanner(demoPassphrase, this));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    splitter->addWidget(m_caseloadPanel);
    splitter->addWidget(m_caseArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setTabOrder(m_caseloadPanel->table(), m_caseArea->quickNote()->editor());
    refreshCaseload();
    m_caseArea->quickNote()->restore();
}

void WorkspacePage::refreshCaseload()
{
    m_caseloadModel->setCases(m_caseloadRepository.allCases());
}

bool WorkspacePage::saveDrafts()
{
    return m_caseArea->quickNote()->saveNow();
}

void WorkspacePage::focusFirstControl()
{
    if (m_caseloadModel->rowCount() > 0)
        m_caseloadPanel->table()->setFocus();
    else
        m_caseArea->quickNote()->editor()->setFocus();
}

} // namespace alongside::ui
