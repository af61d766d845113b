#pragma once

#include "casefile/CaseAccess.h"
#include "casefile/CaseView.h"
#include "model/CaseSummary.h"
#include "rules/SupervisionAgenda.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace alongside::ui {

class SupervisionAgendaModel;

// The team leader's and practitioner's view for reflective supervision: the open caseload
// grouped by what might be worth talking about, each case in one plain sentence. Enter on a
// sentence opens the case at the place that topic is worked on. Beside it, the reflective
// questions; below, a note for the chosen case and a manager's sign-off. A conversation aid:
// no scores, no ranking.
class SupervisionView : public QWidget {
    Q_OBJECT

public:
    explicit SupervisionView(const CaseAccess& access, QWidget* parent = nullptr);

    // Works the agenda out again from the caseload's rows and the supervision store.
    void refresh(const std::vector<core::CaseSummary>& caseload);
    qint64 currentSessionId() const;
    // The part of the case view where a topic is worked on.
    static CaseView::Part partFor(core::CasePlace place);

    QTreeView* agenda() const { return m_agenda; }
    SupervisionAgendaModel* model() const { return m_model; }
    QPushButton* backButton() const { return m_back; }
    QComboBox* sessionChoice() const { return m_session; }
    QPushButton* noteButton() const { return m_note; }

signals:
    void backRequested();
    void caseOpenRequested(qint64 caseId, core::CasePlace place);
    void supervisionChanged();

private:
    void showSessions(qint64 choose);
    void openChosen(const QModelIndex& index);
    void chosenChanged();
    void writeNote();
    void signOff();
    void startSession();
    QWidget* buildQuestions();

    const CaseAccess& m_access;
    SupervisionAgendaModel* m_model;
    QPushButton* m_back;
    QComboBox* m_session;
    QPushButton* m_start;
    QTreeView* m_agenda;
    QPushButton* m_open;
    QPushButton* m_note;
    QPushButton* m_signOff;
};

} // namespace alongside::ui
