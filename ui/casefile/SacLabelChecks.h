#pragma once

#include <QGroupBox>
#include <QStringList>

#include <vector>

class QCheckBox;

namespace alongside::ui {

// One of the Safeguarding Adults Collection's lists (types, locations or sources of risk) as
// checkboxes with the exact labels of the return (model/SacCategories.h), so what is ticked can
// be counted without translation. SAC counts an enquiry once under each different category that
// applies, so one or more may be ticked.
class SacLabelChecks : public QGroupBox {
    Q_OBJECT

public:
    // `columns`: how many columns the boxes are laid out in, filled down first.
    SacLabelChecks(const QString& title, const QStringList& labels, int columns, QWidget* parent = nullptr);

    QStringList chosen() const; // in the SAC's order
    void choose(const QStringList& labels);
    QCheckBox* box(const QString& label) const;

private:
    std::vector<QCheckBox*> m_boxes;
};

} // namespace alongside::ui
