#pragma once

#include <QSqlDatabase>
#include <QWidget>

namespace alongside::ui {

class CasePreview;
class QuickNotePad;

// Beside the caseload: the chosen case at a glance above the quick note pad.
class CaseArea : public QWidget {
    Q_OBJECT

public:
    explicit CaseArea(QSqlDatabase db, QWidget* parent = nullptr);

    CasePreview* preview() const { return m_preview; }
    QuickNotePad* quickNote() const { return m_quickNote; }

private:
    CasePreview* m_preview;
    QuickNotePad* m_quickNote;
};

} // namespace alongside::ui
