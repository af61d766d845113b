#include "capacity/MiniList.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

MiniList::MiniList(const QString& listName, const QString& addText, QWidget* parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_fields(new QHBoxLayout),
      m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setAccessibleName(listName);
    m_list->setWordWrap(true);
    m_list->setVisible(false);
    m_add->setAccessibleName(tr("%1: add").arg(listName));
    m_remove->setAccessibleName(tr("%1: remove the chosen one").arg(listName));
    m_remove->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    m_fields->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_fields);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &MiniList::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit removeRequested(m_list->currentRow());
    });
}

void MiniList::setEntries(const QStringList& entries)
{
    m_list->clear();
    m_list->addItems(entries);
    m_list->setVisible(!entries.isEmpty());
    m_remove->setVisible(!entries.isEmpty());
    m_list->setFixedHeight(
        entries.isEmpty() ? 0 : qMin(6, int(entries.size())) * (m_list->fontMetrics().height() + 6) + 8);
}

} // namespace alongside::ui
