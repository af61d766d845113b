#include "shell/WorkspacePage.h"

#include "casefile/CaseArea.h"
#include "casefile/CaseView.h"
#include "casefile/NewCaseForm.h"
#include "casefile/QuickNotePad.h"
#include "caseload/CasePreview.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "common/DemoBanner.h"
#include "common/SaveDialog.h"
#include "common/TabOrder.h"
#include "shell/AppSettings.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace alongside::ui {

WorkspacePage::WorkspacePage(QSqlDatabase db, const ShellContext& context, AppSettings& settings,
                             MainWindowActions* actions, const QString& demoPassphrase, QWidget* parent)
    : QWidget(parent),
      m_access{db, [&settings] { return settings.practitionerName(); }, context.now},
      m_caseloadRepository(db),
      m_search(db),
      m_actions(actions),
      m_caseloadModel(new CaseloadModel(context.now, this)),
      m_caseloadPanel(new CaseloadPanel(m_caseloadModel, this)),
      m_caseArea(new CaseArea(db, this)),
      m_caseView(new CaseView(m_access, this)),
      m_views(new QStackedWidget(this)),
      m_caseloadView(new QWidget(this))
{
    setObjectName(QStringLiteral("workspacePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(12);
    if (!demoPassphrase.isEmpty())
        layout->addWidget(new DemoBanner(demoPassphrase, this));

    auto* splitter = new QSplitter(Qt::Horizontal, m_caseloadView);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    splitter->addWidget(m_caseloadPanel);
    splitter->addWidget(m_caseArea);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    auto* caseloadLayout = new QVBoxLayout(m_caseloadView);
    caseloadLayout->setContentsMargins(0, 0, 0, 0);
    caseloadLayout->addWidget(splitter);
    m_views->addWidget(m_caseloadView);
    m_views->addWidget(m_caseView);
    layout->addWidget(m_views, 1);

    // Tab follows the page: the caseload's own controls and table, then the case beside it.
    chainTabs(tabStopsAsLaidOut(m_caseloadPanel)
              + QList<QWidget*>{m_caseArea->preview()->openButton(), m_caseArea->quickNote()->editor()});
    m_caseView->setPromptsVisible(m_actions->showPrompts()->isChecked());

    connect(m_caseloadPanel, &CaseloadPanel::searchRequested, this, &WorkspacePage::search);
    connect(m_caseloadPanel, &CaseloadPanel::caseChosen, this, &WorkspacePage::caseChosen);
    connect(m_caseloadPanel, &CaseloadPanel::caseOpened, this, &WorkspacePage::openCase);
    connect(m_caseloadPanel, &CaseloadPanel::newCaseRequested, this, &WorkspacePage::newCase);
    connect(m_caseArea->preview(), &CasePreview::openRequested, this, &WorkspacePage::openCase);
    connect(m_caseView, &CaseView::backRequested, this, &WorkspacePage::showCaseload);
    connect(m_caseView, &CaseView::caseChanged, this, &WorkspacePage::refreshCaseload);
    connect(m_caseView, &CaseView::hidePromptsRequested, this,
            [this] { m_actions->showPrompts()->setChecked(false); });
    // Connected with this page as the receiver, so they end when the workspace is deleted.
    connect(m_actions->showPrompts(), &QAction::toggled, this,
            [this](bool on) { m_caseView->setPromptsVisible(on); });
    connect(m_actions->newCase(), &QAction::triggered, this, &WorkspacePage::newCase);

    refreshCaseload();
    m_caseArea->quickNote()->restore();
}

void WorkspacePage::refreshCaseload()
{
    const qint64 chosen = m_caseloadPanel->currentCaseId();
    m_caseloadModel->setCases(m_caseloadRepository.allCases());
    const QString searching = m_caseloadModel->searchText();
    if (!searching.isEmpty()) // a changed case may now match, or no longer match
        m_caseloadModel->setSearchResults(searching, m_search.search(searching));
    const qint64 keep = isShowingCase() ? m_caseView->caseId() : chosen;
    if (keep != 0)
        m_caseloadPanel->selectCase(keep);
    updateCaseOverview();
}

bool WorkspacePage::saveDrafts()
{
    const bool quickNote = m_caseArea->quickNote()->saveNow();
    const bool conversation = m_caseView->saveDrafts();
    return quickNote && conversation;
}

void WorkspacePage::focusFirstControl()
{
    if (isShowingCase())
        m_caseView->backButton()->setFocus();
    else if (m_caseloadModel->rowCount() > 0)
        m_caseloadPanel->table()->setFocus();
    else
        m_caseArea->quickNote()->editor()->setFocus();
}

bool WorkspacePage::isShowingCase() const
{
    return m_views->currentWidget() == m_caseView;
}

bool WorkspacePage::openCase(qint64 caseId)
{
    if (caseId == 0 || !m_caseView->open(caseId))
        return false;
    m_caseloadPanel->selectCase(caseId);
    updateCaseOverview();
    m_views->setCurrentWidget(m_caseView);
    m_caseView->backButton()->setFocus();
    return true;
}

void WorkspacePage::showCaseload()
{
    m_caseView->saveDrafts();
    m_views->setCurrentWidget(m_caseloadView);
    m_caseloadPanel->table()->setFocus();
}

void WorkspacePage::newCase()
{
    auto* form = new NewCaseForm(m_access.today());
    qint64 created = 0;
    SaveDialog dialog(
        tr("New case"), form, tr("Create the case"),
        [this, form, &created] {
            const core::CaseWriteResult result = m_access.repository().createCase(form->record());
            created = result.id;
            return result.ok() ? QString() : result.error;
        },
        this);
    dialog.setObjectName(QStringLiteral("newCaseDialog"));
    dialog.resize(640, 700);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshCaseload();
    openCase(created);
}

void WorkspacePage::search(const QString& text)
{
    const QString trimmed = text.trimmed();
    m_caseloadModel->setSearchResults(
        trimmed, trimmed.isEmpty() ? std::vector<core::SearchHit>{} : m_search.search(trimmed));
}

void WorkspacePage::caseChosen(qint64 caseId)
{
    const int row = m_caseloadModel->rowOf(caseId);
    if (const core::CaseSummary* summary = m_caseloadModel->caseAt(row))
        m_caseArea->preview()->showCase(*summary, m_caseloadModel->flagsAt(row), m_access.today());
    else
        m_caseArea->preview()->showNothing();
}

void WorkspacePage::updateCaseOverview()
{
    caseChosen(m_caseloadPanel->currentCaseId());
    const int row = m_caseloadModel->rowOf(m_caseView->caseId());
    if (const core::CaseSummary* summary = m_caseloadModel->caseAt(row))
        m_caseView->setOverview(*summary, m_caseloadModel->flagsAt(row));
}

} // namespace alongside::ui
