#include "common/CentredColumn.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace alongside::ui {

CentredColumn::CentredColumn(int maximumWidth, QWidget* parent)
    : QWidget(parent), m_column(new QWidget(this)), m_content(new QVBoxLayout(m_column))
{
    m_column->setMaximumWidth(maximumWidth);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_content->setSpacing(14);

    // Stretches rather than alignment flags: wrapped labels then get their real width and
    // height, instead of being squeezed to their preferred width and overlapping.
    auto* across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(m_column, 100);
    across->addStretch(1);

    auto* down = new QVBoxLayout(this);
    down->setContentsMargins(24, 24, 24, 24);
    down->addStretch(1);
    down->addLayout(across);
    down->addStretch(2);
}

} // namespace alongside::ui
