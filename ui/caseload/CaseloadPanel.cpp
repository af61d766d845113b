#include "caseload/CaseloadPanel.h"

#include "caseload/CaseloadModel.h"
#include "common/HeadingLabel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace alongside::ui {

CaseloadPanel::CaseloadPanel(CaseloadModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)), m_emptyState(new QWidget(this))
{
    setObjectName(QStringLiteral("caseloadPanel"));
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (arrow keys move between rows); otherwise keyboard users are trapped.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(CaseloadModel::Person, QHeaderView::Stretch);
    for (int column : {CaseloadModel::Reference, CaseloadModel::Stage, CaseloadModel::DaysOpen})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Rows breathe a little: this is read all day.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    // The empty state lies over the table rather than replacing it, so the table stays one
    // Tab stop (a screen reader hears "Caseload", then the description) and the columns show.
    m_emptyState->setObjectName(QStringLiteral("caseloadEmptyState"));
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    auto* title = new HeadingLabel(tr("No cases yet"), HeadingLabel::Level::Section, m_emptyState);
    title->setAlignment(Qt::AlignCenter);
    auto* hint = new QLabel(tr("When you record a concern, the person will appear here."), m_emptyState);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(hint);

    auto* overlay = new QGridLayout;
    overlay->addWidget(m_table, 0, 0);
    overlay->addWidget(m_emptyState, 0, 0, Qt::AlignCenter);
    m_emptyState->raise();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto* heading = new HeadingLabel(tr("&Caseload"), HeadingLabel::Level::Section, this);
    heading->setTextFormat(Qt::AutoText);
    heading->setBuddy(m_table);
    layout->addWidget(heading);
    layout->addLayout(overlay, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseloadPanel::showEmptyStateIfEmpty);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit caseChosen(current.row()); });
    showEmptyStateIfEmpty();
}

void CaseloadPanel::showEmptyStateIfEmpty()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyState->setVisible(empty);
    m_table->setAccessibleDescription(empty ? tr("No cases yet") : QString());
}

} // namespace alongside::ui
