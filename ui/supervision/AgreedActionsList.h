#pragma once

#include "model/SupervisionAction.h"

#include <QVariantList>
#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace alongside::ui {

// What was agreed in a reflective note: the actions already stored, then the ones agreed in
// this sitting and not yet kept. The ones not yet kept are what this widget holds as a field
// (its USER property), so the note's draft keeps them through a lock like any typed text.
class AgreedActionsList : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QVariantList pendingActions READ pendingActions WRITE setPendingActions NOTIFY pendingChanged
                   USER true)

public:
    explicit AgreedActionsList(QWidget* parent = nullptr);

    void showStored(const core::SupervisionAction& action);
    void agree(const core::SupervisionAction& action);
    const std::vector<core::SupervisionAction>& pending() const { return m_pending; }

    // Each action not yet kept as {what, owner, due (ISO date)}.
    QVariantList pendingActions() const;
    void setPendingActions(const QVariantList& actions);

signals:
    void pendingChanged();

private:
    void showLine(const core::SupervisionAction& action, bool pending);

    QVBoxLayout* m_lines;
    QLabel* m_nothing;
    int m_stored = 0;
    std::vector<core::SupervisionAction> m_pending;
    std::vector<QLabel*> m_pendingLines;
};

} // namespace alongside::ui
