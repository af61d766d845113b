#pragma once

#include "casefile/CaseAccess.h"
#include "shell/ShellContext.h"
#include "storage/CaseSearch.h"
#include "storage/CaseloadRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QStackedWidget;

namespace alongside::ui {

class AppSettings;
class CaseArea;
class CaseView;
class CaseloadModel;
class CaseloadPanel;
class MainWindowActions;

// Everything shown while a store is unlocked: the caseload (with the chosen case at a glance
// and the quick note beside it) and, when a case is opened, the case itself. It is the only
// owner of repositories (and so of copies of the store's connection): the window deletes it
// before closing the store, which is what lets the connection really go when the window locks.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    WorkspacePage(QSqlDatabase db, const ShellContext& context, AppSettings& settings,
                  MainWindowActions* actions, const QString& demoPassphrase, QWidget* parent = nullptr);

    void refreshCaseload();
    // Saves every draft into the store. False if any could not be saved.
    bool saveDrafts();
    void focusFirstControl();
    bool openCase(qint64 caseId);
    void showCaseload();
    void newCase();

    CaseloadModel* caseload() const { return m_caseloadModel; }
    CaseloadPanel* caseloadPanel() const { return m_caseloadPanel; }
    CaseArea* caseArea() const { return m_caseArea; }
    CaseView* caseView() const { return m_caseView; }
    bool isShowingCase() const;

private:
    void search(const QString& text);
    void caseChosen(qint64 caseId);
    void updateCaseOverview();

    CaseAccess m_access;
    core::CaseloadRepository m_caseloadRepository;
    core::CaseSearch m_search;
    MainWindowActions* m_actions;
    CaseloadModel* m_caseloadModel;
    CaseloadPanel* m_caseloadPanel;
    CaseArea* m_caseArea;
    CaseView* m_caseView;
    QStackedWidget* m_views;
    QWidget* m_caseloadView;
};

} // namespace alongside::ui
