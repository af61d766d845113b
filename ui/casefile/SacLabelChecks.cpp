#include "casefile/SacLabelChecks.h"

#include <QCheckBox>
#include <QGridLayout>

namespace alongside::ui {

SacLabelChecks::SacLabelChecks(const QString& title, const QStringList& labels, int columns, QWidget* parent)
    : QGroupBox(title, parent)
{
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(18);
    const int perColumn = static_cast<int>((labels.size() + columns - 1) / columns);
    for (int index = 0; index < labels.size(); ++index) {
        // Never translated: these are the national return's own words.
        auto* box = new QCheckBox(labels[index], this);
        box->setAccessibleName(labels[index]);
        m_boxes.push_back(box);
        grid->addWidget(box, index % perColumn, index / perColumn);
    }
}

QStringList SacLabelChecks::chosen() const
{
    QStringList labels;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            labels << box->text();
    }
    return labels;
}

void SacLabelChecks::choose(const QStringList& labels)
{
    for (QCheckBox* box : m_boxes)
        box->setChecked(labels.contains(box->text()));
}

QCheckBox* SacLabelChecks::box(const QString& label) const
{
    for (QCheckBox* box : m_boxes) {
        if (box->text() == label)
            return box;
    }
    return nullptr;
}

} // namespace alongside::ui
