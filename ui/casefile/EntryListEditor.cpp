#include "casefile/EntryListEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

EntryListEditor::EntryListEditor(const QString& listName, QWidget* parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_fields(new QFormLayout),
      m_add(new QPushButton(tr("&Add"), this)),
      m_replace(new QPushButton(tr("Save c&hanges"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    m_list->setAccessibleName(listName);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_add->setAccessibleName(tr("Add to %1").arg(listName));
    m_replace->setAccessibleName(tr("Save changes to the chosen entry"));
    m_remove->setAccessibleName(tr("Remove the chosen entry"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(m_fields);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_list, &QListWidget::currentRowChanged, this, &EntryListEditor::chosenChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addFromFields()) {
            refresh();
            clearFields();
        }
    });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && replaceFromFields(row)) {
            refresh();
            m_list->setCurrentRow(row);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        removeEntry(row);
        refresh();
        clearFields();
    });
}

void EntryListEditor::refresh()
{
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (int index = 0; index < entryCount(); ++index)
        m_list->addItem(describeEntry(index));
    m_list->setCurrentRow(-1);
    chosenChanged();
}

void EntryListEditor::orderTabs()
{
    QWidget* previous = m_list;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        QLayoutItem* item = m_fields->itemAt(row, QFormLayout::FieldRole);
        if (QWidget* field = item ? item->widget() : nullptr) {
            setTabOrder(previous, field);
            previous = field;
        }
    }
    for (QWidget* button : {m_add, m_replace, m_remove}) {
        setTabOrder(previous, button);
        previous = button;
    }
}

void EntryListEditor::chosenChanged()
{
    const int row = m_list->currentRow();
    m_replace->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row >= 0)
        fillFieldsFrom(row);
}

} // namespace alongside::ui
