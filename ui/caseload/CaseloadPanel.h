#pragma once

#include <QWidget>

class QTableView;

namespace alongside::ui {

class CaseloadModel;

// The left side of the main window: the caseload table, with a friendly word over it while
// it is empty.
class CaseloadPanel : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadPanel(CaseloadModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

signals:
    void caseChosen(int row);

private:
    void showEmptyStateIfEmpty();

    CaseloadModel* m_model;
    QTableView* m_table;
    QWidget* m_emptyState;
};

} // namespace alongside::ui
