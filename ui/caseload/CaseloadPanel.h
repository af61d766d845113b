#pragma once

#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alongside::ui {

class CaseloadFilterModel;
class CaseloadModel;
class HeadingLabel;

// The caseload: a table of cases with their gentle flags, a "Show" filter, and a search box
// over names, notes and the person's own words. The search itself is run by whoever owns the
// repositories (searchRequested); the panel only shows what it is given.
class CaseloadPanel : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadPanel(CaseloadModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* showChoice() const { return m_show; }
    CaseloadFilterModel* filter() const { return m_filter; }

    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);
    void setSearchDelay(std::chrono::milliseconds delay) { m_searchTimer.setInterval(delay); }
    // Shows only these cases (the ones behind a number on the outcome figures), saying why,
    // with a button back to every case and, given `returnLabel`, one back to where they came
    // from (returnRequested).
    void showOnly(const QSet<qint64>& caseIds, const QString& why, const QString& returnLabel = {});
    void showEveryCase();
    QLabel* limitNote() const { return m_limitNote; }

signals:
    void caseChosen(qint64 caseId); // 0 when nothing is chosen
    void caseOpened(qint64 caseId);
    void searchRequested(const QString& text);
    void newCaseRequested();
    void returnRequested();

private:
    void describeWhatIsShown();
    void showChanged(int choice);

    CaseloadModel* m_model;
    CaseloadFilterModel* m_filter;
    QPushButton* m_newCase;
    QComboBox* m_show;
    QLineEdit* m_search;
    QTableView* m_table;
    QWidget* m_emptyState;
    HeadingLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QLabel* m_searchSummary;
    QWidget* m_limitBar;
    QLabel* m_limitNote;
    QPushButton* m_limitReturn;
    QTimer m_searchTimer;
};

} // namespace alongside::ui
