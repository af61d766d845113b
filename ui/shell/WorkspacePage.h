#pragma once

#include "casefile/CaseAccess.h"
#include "shell/ShellContext.h"
#include "storage/repositories/PractitionerRepository.h"

#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QStackedWidget;

namespace alongside::core {
class StoreReader;
}

namespace alongside::ui {

class AppSettings;
class CaseArea;
class CaseView;
class CaseloadModel;
class CaseloadPanel;
class MainWindowActions;
class OutcomeFiguresPage;
class SupervisionView;
class WhoIsWritingBanner;

// Where the practitioner was, to come back to after the window locks: the case and the part
// of it that was open, how far down it was scrolled, and the field being typed in.
struct WorkspacePlace {
    qint64 caseId = 0; // 0: the caseload was showing
    int part = -1;
    int scroll = 0;
    QString focusField; // the object name of the field that had the keyboard
};

// Everything shown while a store is unlocked: the caseload (with the chosen case at a glance
// and the quick note beside it) and, when a case is opened, the case itself. It is the only
// owner of repositories (and so of copies of the store's connection): the window deletes it
// before closing the store, which is what lets the connection really go when the window locks.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    // `reader` is the store's connection for work off the UI thread (the outcome figures).
    WorkspacePage(QSqlDatabase db, std::shared_ptr<core::StoreReader> reader, const ShellContext& context,
                  AppSettings& settings, MainWindowActions* actions, const QString& demoPassphrase,
                  QWidget* parent = nullptr);

    void refreshCaseload();
    // Saves every draft into the store. False if any could not be saved.
    bool saveDrafts();
    void focusFirstControl();
    bool openCase(qint64 caseId);
    void showCaseload();
    void newCase();
    // Reports → Outcome figures: made on first use, kept (with its period) until the lock.
    void showOutcomeFigures();
    // The caseload, narrowed to the cases behind a number on the figures.
    void showCasesBehind(const QSet<qint64>& caseIds, const QString& why);

    CaseloadModel* caseload() const { return m_caseloadModel; }
    CaseloadPanel* caseloadPanel() const { return m_caseloadPanel; }
    CaseArea* caseArea() const { return m_caseArea; }
    // Made in the event loop's turn after the workspace, or at once if needed sooner.
    CaseView* caseView() const;
    // The case view made with all its parts (they follow it one per turn of the event loop).
    bool isCaseViewReady() const;
    OutcomeFiguresPage* outcomeFigures() const { return m_figures; }
    // View → Supervision: the caseload grouped for reflective supervision.
    void showSupervision();
    SupervisionView* supervisionView() const { return m_supervision; }
    bool isShowingCase() const;
    // File → About you, Settings, and the banner at first run: asks who is writing and keeps
    // the answer in the store. Says who it is now (empty if unchanged, or the window locked).
    QString editWhoIsWriting();
    // "Jo Example, Social worker, Adult Safeguarding Team", or a sentence saying nobody is known.
    QString whoIsWriting() const;
    WhoIsWritingBanner* whoIsWritingBanner() const { return m_whoBanner; }
    WorkspacePlace place() const;
    void returnTo(const WorkspacePlace& place);

private:
    void search(const QString& text);
    void caseChosen(qint64 caseId);
    void updateCaseOverview();

    CaseAccess m_access;
    core::CaseloadRepository m_caseloadRepository;
    core::CaseSearch m_search;
    MainWindowActions* m_actions;
    // Made before the pages below it, so Tab reaches it first, as it is read (top of the page).
    WhoIsWritingBanner* m_whoBanner;
    CaseloadModel* m_caseloadModel;
    CaseloadPanel* m_caseloadPanel;
    CaseArea* m_caseArea;
    CaseView* m_caseView = nullptr;
    QStackedWidget* m_views;
    QWidget* m_caseloadView;
    QSqlDatabase m_db;
    std::shared_ptr<core::StoreReader> m_reader;
    std::function<QDate()> m_today;
    std::shared_ptr<FileChooser> m_fileChooser;
    OutcomeFiguresPage* m_figures = nullptr;
    SupervisionView* m_supervision = nullptr;
    bool m_caseFromSupervision = false; // ← Caseload then goes back to supervision
};

} // namespace alongside::ui
