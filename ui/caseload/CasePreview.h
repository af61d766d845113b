#pragma once

#include "model/CaseSummary.h"
#include "rules/CaseloadFlags.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace alongside::ui {

class FlagList;
class HeadingLabel;

// Beside the caseload: the chosen case at a glance — who, where the work is, what is due,
// and each gentle flag in a full sentence (so keyboard and screen-reader users get what the
// table's tooltips give a mouse) — with "Open case".
class CasePreview : public QWidget {
    Q_OBJECT

public:
    explicit CasePreview(QWidget* parent = nullptr);

    void showCase(const core::CaseSummary& summary, const std::vector<core::CaseFlag>& flags,
                  const QDate& today);
    void showNothing();
    qint64 caseId() const { return m_caseId; }
    QPushButton* openButton() const { return m_open; }

signals:
    void openRequested(qint64 caseId);

private:
    qint64 m_caseId = 0;
    QStackedLayout* m_pages;
    QLabel* m_placeholder;
    HeadingLabel* m_name;
    QLabel* m_facts;
    QLabel* m_nextAction;
    FlagList* m_flags;
    QPushButton* m_open;
};

} // namespace alongside::ui
