#include "casefile/RiskTypeChecks.h"

#include "model/SacCategories.h"

#include <QCheckBox>
#include <QGridLayout>

namespace alongside::ui {

RiskTypeChecks::RiskTypeChecks(QWidget* parent) : QGroupBox(tr("Type of risk"), parent)
{
    setObjectName(QStringLiteral("riskTypes"));
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(18);
    const QStringList& labels = core::sac::riskTypes();
    const int perColumn = static_cast<int>((labels.size() + 1) / 2);
    for (int index = 0; index < labels.size(); ++index) {
        // Never translated: these are the national return's own words.
        auto* box = new QCheckBox(labels[index], this);
        box->setAccessibleName(labels[index]);
        m_boxes.push_back(box);
        grid->addWidget(box, index % perColumn, index / perColumn);
    }
}

QStringList RiskTypeChecks::chosen() const
{
    QStringList labels;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            labels << box->text();
    }
    return labels;
}

void RiskTypeChecks::choose(const QStringList& labels)
{
    for (QCheckBox* box : m_boxes)
        box->setChecked(labels.contains(box->text()));
}

QCheckBox* RiskTypeChecks::box(const QString& label) const
{
    for (QCheckBox* box : m_boxes) {
        if (box->text() == label)
            return box;
    }
    return nullptr;
}

} // namespace alongside::ui
