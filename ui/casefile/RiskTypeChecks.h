#pragma once

#include <QGroupBox>
#include <QStringList>

#include <vector>

class QCheckBox;

namespace alongside::ui {

// The Safeguarding Adults Collection's types of risk (SG2a) as checkboxes, with the exact
// published labels (model/SacCategories.h), so what is ticked can be counted without
// translation. One or more may apply.
class RiskTypeChecks : public QGroupBox {
    Q_OBJECT

public:
    explicit RiskTypeChecks(QWidget* parent = nullptr);

    QStringList chosen() const; // in the SAC's order
    void choose(const QStringList& labels);
    QCheckBox* box(const QString& label) const;

private:
    std::vector<QCheckBox*> m_boxes;
};

} // namespace alongside::ui
