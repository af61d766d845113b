#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;

namespace alongside::ui {

class QuickNotePad;

// The right side of the main window: the chosen case (not built yet, so a placeholder) above
// the quick note pad.
class CaseArea : public QWidget {
    Q_OBJECT

public:
    explicit CaseArea(QSqlDatabase db, QWidget* parent = nullptr);

    QuickNotePad* quickNote() const { return m_quickNote; }

private:
    QLabel* m_placeholder;
    QuickNotePad* m_quickNote;
};

} // namespace alongside::ui
