#pragma once

#include "storage/CaseloadRepository.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

namespace alongside::ui {

class CaseArea;
class CaseloadModel;
class CaseloadPanel;

// Everything shown while a store is unlocked. It is the only owner of repositories (and so of
// copies of the store's connection): the window deletes it before closing the store, which is
// what lets the connection really go when the window locks.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    WorkspacePage(QSqlDatabase db, std::function<QDate()> today, const QString& demoPassphrase,
                  QWidget* parent = nullptr);

    void refreshCaseload();
    // Saves every draft into the store. False if any could not be saved.
    bool saveDrafts();
    void focusFirstControl();

    CaseloadModel* caseload() const { return m_caseloadModel; }
    CaseArea* caseArea() const { return m_caseArea; }

private:
    core::CaseloadRepository m_caseloadRepository;
    CaseloadModel* m_caseloadModel;
    CaseloadPanel* m_caseloadPanel;
    CaseArea* m_caseArea;
};

} // namespace alongside::ui
