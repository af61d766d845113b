#include "shell/WorkspacePage.h"

#include "casefile/CaseArea.h"
#include "casefile/CaseView.h"
#include "casefile/NewCaseForm.h"
#include "casefile/QuickNotePad.h"
#include "caseload/CasePreview.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "common/DemoBanner.h"
#include "common/DraftDesk.h"
#include "common/ModalOnHeap.h"
#include "common/SaveDialog.h"
#include "common/ScreenFit.h"
#include "common/TabOrder.h"
#include "letters/ContactDetailsDialog.h"
#include "reporting/OutcomeFiguresPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindowActions.h"
#include "shell/WhoIsWritingBanner.h"
#include "supervision/SupervisionView.h"
#include "team/TeamMenu.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace alongside::ui {

WorkspacePage::WorkspacePage(QSqlDatabase db, std::shared_ptr<core::StoreReader> reader,
                             const ShellContext& context, AppSettings& settings, MainWindowActions* actions,
                             const QString& demoPassphrase, QWidget* parent)
    : QWidget(parent),
      // Who is writing comes from the store, read afresh for every write.
      m_access{db,
               [db] {
                   const auto me = core::Repositories(db).whoIsWriting().find();
                   return me ? me->name : tr("Practitioner");
               },
               context.now},
      m_caseloadRepository(core::Repositories(db).caseload()),
      m_search(core::Repositories(db).search()),
      m_actions(actions),
      m_whoBanner(new WhoIsWritingBanner(this)),
      m_caseloadModel(new CaseloadModel(context.now, this)),
      m_caseloadPanel(new CaseloadPanel(m_caseloadModel, this)),
      m_caseArea(new CaseArea(db, this)),
      m_views(new QStackedWidget(this)),
      m_caseloadView(new QWidget(this)),
      m_db(db),
      m_reader(std::move(reader)),
      m_today(context.today),
      m_fileChooser(context.fileChooser ? context.fileChooser : std::make_shared<DialogFileChooser>())
{
    setObjectName(QStringLiteral("workspacePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(12);
    if (!demoPassphrase.isEmpty())
        layout->addWidget(new DemoBanner(demoPassphrase, this));
    // A name kept in the app's settings by an earlier version moves into the store, once.
    core::PractitionerRepository me = m_access.records().whoIsWriting();
    if (!me.find() && !settings.legacyPractitionerName().isEmpty()
        && me.save(core::PractitionerContact{settings.legacyPractitionerName(), {}, {}, {}, {}, {}},
                   context.now()))
        settings.forgetLegacyPractitionerName();
    layout->addWidget(m_whoBanner);
    m_whoBanner->setVisible(!me.find());
    connect(m_whoBanner, &WhoIsWritingBanner::answerRequested, this, &WorkspacePage::editWhoIsWriting);

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
    layout->addWidget(m_views, 1);

    // Tab follows the page: the caseload's own controls and table, then the case beside it.
    chainTabs(tabStopsAsLaidOut(m_caseloadPanel)
              + QList<QWidget*>{m_caseArea->preview()->openButton(), m_caseArea->quickNote()->editor()});

    connect(m_caseloadPanel, &CaseloadPanel::searchRequested, this, &WorkspacePage::search);
    connect(m_caseloadPanel, &CaseloadPanel::caseChosen, this, &WorkspacePage::caseChosen);
    connect(m_caseloadPanel, &CaseloadPanel::caseOpened, this, &WorkspacePage::openCase);
    connect(m_caseloadPanel, &CaseloadPanel::newCaseRequested, this, &WorkspacePage::newCase);
    connect(m_caseArea->preview(), &CasePreview::openRequested, this, &WorkspacePage::openCase);
    connect(m_actions->newCase(), &QAction::triggered, this, &WorkspacePage::newCase);
    connect(m_actions->outcomeFigures(), &QAction::triggered, this, &WorkspacePage::showOutcomeFigures);
    connect(m_actions->supervision(), &QAction::triggered, this, &WorkspacePage::showSupervision);
    auto* team = new TeamMenu(db, m_actions, m_fileChooser, m_access.practitioner, context.now, this);
    connect(team, &TeamMenu::casesImported, this, &WorkspacePage::refreshCaseload);

    // The caseload reads a page at a time from the summary rows; it keeps the repository.
    m_caseloadModel->setRepository(m_caseloadRepository);
    refreshCaseload();
    m_caseArea->quickNote()->restore();
    // Made last, so it is let go of last: forms outside a case (a new case) keep drafts here.
    new DraftDesk(db, context.now, this);
    // The case view, the heaviest part (every part of a case with its forms), is made in the
    // event loop's next turn, and its parts one per turn after that, so that the window draws
    // the caseload and answers in between rather than being held up for all of it at once
    // (issue 10: no stall of 50 ms or more).
    QTimer::singleShot(0, this, [this] { caseView(); });
}

CaseView* WorkspacePage::caseView() const
{
    if (m_caseView)
        return m_caseView;
    // Made on first need: by the timer above, or at once by whatever needs it sooner.
    auto* self = const_cast<WorkspacePage*>(this);
    auto* view = new CaseView(m_access, self);
    self->m_caseView = view;
    m_views->addWidget(view);
    view->setPromptsVisible(m_actions->showPrompts()->isChecked());
    connect(view, &CaseView::backRequested, self, [self] {
        if (self->m_caseFromSupervision)
            self->showSupervision();
        else
            self->showCaseload();
    });
    connect(view, &CaseView::caseChanged, self, &WorkspacePage::refreshCaseload);
    // A draft put aside, or gone, shows in the caseload ("Draft waiting").
    connect(view->draftDesk(), &DraftDesk::draftsChanged, self, &WorkspacePage::refreshCaseload);
    connect(view, &CaseView::hidePromptsRequested, self,
            [self] { self->m_actions->showPrompts()->setChecked(false); });
    // Connected with this page as the receiver, so they end when the workspace is deleted.
    connect(m_actions->showPrompts(), &QAction::toggled, self,
            [view](bool on) { view->setPromptsVisible(on); });
    return view;
}

bool WorkspacePage::isCaseViewReady() const
{
    return m_caseView && m_caseView->isComplete();
}

void WorkspacePage::refreshCaseload()
{
    const qint64 chosen = m_caseloadPanel->currentCaseId();
    const QString searching = m_caseloadModel->searchText();
    if (!searching.isEmpty()) // a changed case may now match, or no longer match
        m_caseloadModel->setSearchResults(searching, m_search.search(searching));
    else
        m_caseloadModel->refresh();
    const qint64 keep = isShowingCase() ? m_caseView->caseId() : chosen;
    if (keep != 0)
        m_caseloadPanel->selectCase(keep);
    updateCaseOverview();
}

bool WorkspacePage::saveDrafts()
{
    // Every form's draft, wherever it is: the quick note, each part of the open case, a
    // dialog left open, the letter editor.
    const bool forms = DraftDesk::saveAll(this);
    const bool letters = !m_caseView || m_caseView->saveDrafts();
    return forms && letters;
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
    return m_caseView && m_views->currentWidget() == m_caseView;
}

QString WorkspacePage::whoIsWriting() const
{
    const std::optional<core::PractitionerContact> me = m_access.records().whoIsWriting().find();
    if (!me)
        return tr("Nobody yet: the record says “Practitioner”.");
    QStringList parts{me->name};
    for (const QString& part : {me->role, me->team})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(", "));
}

QString WorkspacePage::editWhoIsWriting()
{
    const std::optional<core::PractitionerContact> current = m_access.records().whoIsWriting().find();
    auto* dialog = new ContactDetailsDialog(current.value_or(core::PractitionerContact{}), nullptr, this);
    core::PractitionerContact answer;
    connect(dialog, &QDialog::accepted, this, [dialog, &answer] { answer = dialog->contact(); });
    // On the heap: a lock while it is open deletes this page and the dialog with it.
    if (acceptedModal(dialog) != true)
        return {};
    if (!m_access.records().whoIsWriting().save(answer, m_access.now()))
        return {};
    m_whoBanner->hide();
    return whoIsWriting();
}

WorkspacePlace WorkspacePage::place() const
{
    WorkspacePlace place;
    if (!isShowingCase())
        return place;
    place.caseId = m_caseView->caseId();
    place.part = m_caseView->currentPart();
    place.scroll = m_caseView->scrollPosition();
    if (QWidget* focused = QApplication::focusWidget(); focused && m_caseView->isAncestorOf(focused))
        place.focusField = focused->objectName();
    return place;
}

void WorkspacePage::returnTo(const WorkspacePlace& place)
{
    if (place.caseId == 0 || !openCase(place.caseId))
        return;
    m_caseView->returnTo(place.part, place.scroll);
    // Back in the field that was being typed in, if it can be told apart from the others.
    const QList<QWidget*> named = place.focusField.isEmpty()
        ? QList<QWidget*>()
        : m_caseView->findChildren<QWidget*>(place.focusField);
    if (named.size() == 1 && named.front()->isVisibleTo(m_caseView))
        named.front()->setFocus(Qt::OtherFocusReason);
}

bool WorkspacePage::openCase(qint64 caseId)
{
    if (caseId == 0 || !caseView()->open(caseId))
        return false;
    m_caseFromSupervision = false;
    m_caseloadPanel->selectCase(caseId);
    updateCaseOverview();
    m_views->setCurrentWidget(m_caseView);
    m_caseView->backButton()->setFocus();
    return true;
}

void WorkspacePage::showCaseload()
{
    if (m_caseView)
        m_caseView->saveDrafts();
    m_views->setCurrentWidget(m_caseloadView);
    m_caseloadPanel->table()->setFocus();
}

void WorkspacePage::newCase()
{
    auto* form = new NewCaseForm(m_access.today());
    qint64 created = 0;
    auto* dialog = new SaveDialog(
        tr("New case"), form, tr("Create the case"),
        [this, form, &created] {
            const core::CaseWriteResult result = m_access.repository().createCase(form->record());
            created = result.id;
            return result.ok() ? QString() : result.error;
        },
        this);
    dialog->setObjectName(QStringLiteral("newCaseDialog"));
    fitToScreen(dialog, QSize(640, 700));
    // On the heap: a lock while it is open deletes this page and the dialog with it.
    if (acceptedModal(dialog) != true)
        return;
    refreshCaseload();
    openCase(created);
}

void WorkspacePage::showOutcomeFigures()
{
    if (isShowingCase())
        m_caseView->saveDrafts();
    if (!m_figures) {
        m_figures = new OutcomeFiguresPage(m_reader, m_today, *m_fileChooser, this);
        m_views->addWidget(m_figures);
        connect(m_figures, &OutcomeFiguresPage::backRequested, this, &WorkspacePage::showCaseload);
        connect(m_figures, &OutcomeFiguresPage::casesRequested, this, &WorkspacePage::showCasesBehind);
        connect(m_figures, &OutcomeFiguresPage::caseOpened, this, &WorkspacePage::openCase);
        connect(m_caseloadPanel, &CaseloadPanel::returnRequested, this, [this] {
            m_views->setCurrentWidget(m_figures); // as it was left: no need to count again
            m_figures->focusFirstControl();
        });
    } else {
        m_figures->refresh(); // cases may have changed since
    }
    m_views->setCurrentWidget(m_figures);
    m_figures->focusFirstControl();
}

void WorkspacePage::showSupervision()
{
    if (isShowingCase())
        m_caseView->saveDrafts();
    if (!m_supervision) {
        m_supervision = new SupervisionView(m_access, this);
        m_views->addWidget(m_supervision);
        connect(m_supervision, &SupervisionView::backRequested, this, &WorkspacePage::showCaseload);
        connect(m_supervision, &SupervisionView::caseOpenRequested, this,
                [this](qint64 caseId, core::CasePlace place) {
                    if (!openCase(caseId))
                        return;
                    m_caseFromSupervision = true; // ← Caseload comes back here
                    m_caseView->showPart(SupervisionView::partFor(place));
                });
        connect(m_supervision, &SupervisionView::supervisionChanged, this, [this] {
            refreshCaseload(); // agreed actions show in the caseload
            m_supervision->refresh(m_caseloadRepository.allCases());
        });
    }
    m_caseFromSupervision = false;
    m_supervision->refresh(m_caseloadRepository.allCases());
    m_views->setCurrentWidget(m_supervision);
    m_supervision->agenda()->setFocus();
}

void WorkspacePage::showCasesBehind(const QSet<qint64>& caseIds, const QString& why)
{
    m_caseloadPanel->searchBox()->clear(); // a search left over would hide some of them
    m_caseloadPanel->showOnly(caseIds, why, tr("&Back to the outcome figures"));
    m_views->setCurrentWidget(m_caseloadView);
    m_caseloadPanel->table()->setFocus();
}

void WorkspacePage::search(const QString& text)
{
    const QString trimmed = text.trimmed();
    m_caseloadModel->setSearchResults(
        trimmed, trimmed.isEmpty() ? std::vector<core::SearchHit>{} : m_search.search(trimmed));
}

void WorkspacePage::caseChosen(qint64 caseId)
{
    if (const auto summary = m_caseloadModel->summaryOf(caseId))
        m_caseArea->preview()->showCase(summary->first, summary->second, m_access.today());
    else
        m_caseArea->preview()->showNothing();
}

void WorkspacePage::updateCaseOverview()
{
    caseChosen(m_caseloadPanel->currentCaseId());
    if (!m_caseView)
        return;
    if (const auto summary = m_caseloadModel->summaryOf(m_caseView->caseId()))
        m_caseView->setOverview(summary->first, summary->second);
}

} // namespace alongside::ui
