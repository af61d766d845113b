#include "caseload/CaseloadPanel.h"

#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "common/HeadingLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr std::chrono::milliseconds kSearchDelay{300};
}

CaseloadPanel::CaseloadPanel(CaseloadModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_filter(new CaseloadFilterModel(model, this)),
      m_newCase(new QPushButton(tr("&New case…"), this)),
      m_show(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_emptyState(new QWidget(this)),
      m_emptyTitle(new HeadingLabel(QString(), HeadingLabel::Level::Section, m_emptyState)),
      m_emptyHint(new QLabel(m_emptyState)),
      m_searchSummary(new QLabel(this)),
      m_limitBar(new QWidget(this)),
      m_limitNote(new QLabel(m_limitBar)),
      m_limitReturn(new QPushButton(m_limitBar))
{
    setObjectName(QStringLiteral("caseloadPanel"));
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_newCase->setAccessibleName(tr("New case"));
    m_show->setObjectName(QStringLiteral("caseloadShow"));
    m_show->setAccessibleName(tr("Show which cases"));
    m_show->addItem(tr("All cases"), static_cast<int>(CaseloadFilterModel::Show::All));
    m_show->addItem(tr("Open"), static_cast<int>(CaseloadFilterModel::Show::Open));
    m_show->addItem(tr("With something missing"),
                    static_cast<int>(CaseloadFilterModel::Show::SomethingMissing));
    m_show->addItem(tr("Closed"), static_cast<int>(CaseloadFilterModel::Show::Closed));
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setAccessibleName(tr("Search names, notes and the person's own words"));
    m_search->setPlaceholderText(tr("Names, notes, their words…"));
    m_search->setClearButtonEnabled(true);
    for (QToolButton* clear : m_search->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the search"));

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setModel(m_filter);
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
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseloadModel::Flags, QHeaderView::Stretch);
    header->setSectionResizeMode(CaseloadModel::Match, QHeaderView::Stretch);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the repository's order until asked
    m_table->setSortingEnabled(true);
    m_table->setColumnHidden(CaseloadModel::Match, true);
    m_table->setColumnHidden(CaseloadModel::HeldBy, true); // shown in a team store only
    // Rows breathe a little: this is read all day. The soft dots stay small beside their words.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    const int dot = qMax(10, m_table->fontMetrics().height() * 2 / 3);
    m_table->setIconSize(QSize(dot, dot));

    // The empty state lies over the table rather than replacing it, so the table stays one
    // Tab stop (a screen reader hears "Caseload", then the description) and the columns show.
    m_emptyState->setObjectName(QStringLiteral("caseloadEmptyState"));
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);

    auto* overlay = new QGridLayout;
    overlay->addWidget(m_table, 0, 0);
    overlay->addWidget(m_emptyState, 0, 0, Qt::AlignCenter);
    m_emptyState->raise();

    m_searchSummary->setObjectName(QStringLiteral("caseloadSearchSummary"));
    m_searchSummary->setWordWrap(true);
    m_searchSummary->setTextFormat(Qt::PlainText);

    m_limitNote->setObjectName(QStringLiteral("caseloadLimitNote"));
    m_limitNote->setWordWrap(true);
    m_limitNote->setTextFormat(Qt::PlainText);
    auto* everyCase = new QPushButton(tr("Sho&w every case"), m_limitBar);
    everyCase->setObjectName(QStringLiteral("caseloadShowEveryCase"));
    everyCase->setAccessibleName(tr("Show every case"));
    auto* limitLayout = new QHBoxLayout(m_limitBar);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    limitLayout->addWidget(m_limitNote, 1);
    limitLayout->addWidget(m_limitReturn);
    limitLayout->addWidget(everyCase);
    m_limitReturn->setObjectName(QStringLiteral("caseloadLimitReturn"));
    m_limitReturn->setAccessibleName(tr("Back to where these cases were chosen"));
    connect(m_limitReturn, &QPushButton::clicked, this, &CaseloadPanel::returnRequested);
    m_limitBar->hide();
    connect(everyCase, &QPushButton::clicked, this, &CaseloadPanel::showEveryCase);

    auto* top = new QHBoxLayout;
    auto* heading = new HeadingLabel(tr("&Caseload"), HeadingLabel::Level::Section, this);
    heading->setTextFormat(Qt::AutoText);
    heading->setBuddy(m_table);
    top->addWidget(heading, 1);
    top->addWidget(m_newCase);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    auto* showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_show);
    auto* searchLabel = new QLabel(tr("S&earch"), this);
    searchLabel->setBuddy(m_search);
    controls->addWidget(showLabel);
    controls->addWidget(m_show);
    controls->addSpacing(16);
    controls->addWidget(searchLabel);
    controls->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_limitBar);
    layout->addLayout(overlay, 1);
    layout->addWidget(m_searchSummary);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelay);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { emit searchRequested(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // the clear button, or everything deleted: no need to wait
            m_searchTimer.stop();
            emit searchRequested(QString());
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        emit searchRequested(m_search->text());
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, &CaseloadPanel::showChanged);
    connect(m_newCase, &QPushButton::clicked, this, &CaseloadPanel::newCaseRequested);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CaseloadPanel::describeWhatIsShown);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CaseloadPanel::describeWhatIsShown);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CaseloadPanel::describeWhatIsShown);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CaseloadPanel::describeWhatIsShown);
    connect(m_model, &CaseloadModel::searchChanged, this, &CaseloadPanel::describeWhatIsShown);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit caseChosen(m_filter->caseIdAt(current.row())); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit caseOpened(m_filter->caseIdAt(index.row())); });
    describeWhatIsShown();
}

qint64 CaseloadPanel::currentCaseId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->caseIdAt(current.row()) : 0;
}

void CaseloadPanel::selectCase(qint64 caseId)
{
    const int row = m_filter->rowOf(caseId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_filter->index(row, CaseloadModel::Person));
    m_table->scrollTo(m_table->currentIndex());
}

void CaseloadPanel::showOnly(const QSet<qint64>& caseIds, const QString& why, const QString& returnLabel)
{
    m_limitReturn->setText(returnLabel);
    m_limitReturn->setAccessibleName(QString(returnLabel).remove(u'&'));
    m_limitReturn->setVisible(!returnLabel.isEmpty());
    m_show->setCurrentIndex(m_show->findData(static_cast<int>(CaseloadFilterModel::Show::All)));
    m_filter->limitTo(caseIds);
    m_limitNote->setText(why);
    m_limitBar->show();
}

void CaseloadPanel::showEveryCase()
{
    m_filter->clearLimit();
    m_limitBar->hide();
    m_table->setFocus();
}

void CaseloadPanel::showChanged(int choice)
{
    m_filter->setShow(static_cast<CaseloadFilterModel::Show>(m_show->itemData(choice).toInt()));
}

void CaseloadPanel::describeWhatIsShown()
{
    const bool searching = m_model->isSearching();
    m_table->setColumnHidden(CaseloadModel::Match, !searching);
    m_table->setColumnHidden(CaseloadModel::HeldBy, !m_model->holdsOthersCases());
    // How many the view holds, not how many pages of it have been read.
    const qint64 shown = m_model->shownCount();

    if (searching) {
        const QString quoted = QStringLiteral("“%1”").arg(m_model->searchText());
        if (shown == 0)
            m_searchSummary->setText(tr("No case here matches %1.").arg(quoted));
        else if (shown == 1)
            m_searchSummary->setText(tr("One case matches %1. “Found in” shows where.").arg(quoted));
        else
            m_searchSummary->setText(tr("%1 cases match %2. “Found in” shows where.").arg(shown).arg(quoted));
    }
    m_searchSummary->setVisible(searching);

    if (m_model->storeCount() == 0) {
        m_emptyTitle->setText(tr("No cases yet"));
        m_emptyHint->setText(tr("Record a concern with “New case…”, and the person will appear here."));
    } else if (searching) {
        m_emptyTitle->setText(tr("Nothing found"));
        m_emptyHint->setText(tr("Search looks at names, notes, conversations and the person's own words. "
                                "Try fewer or shorter words."));
    } else {
        m_emptyTitle->setText(tr("No cases to show"));
        m_emptyHint->setText(tr("Choose “All cases” under Show to see every case."));
    }
    m_emptyState->setVisible(shown == 0);
    m_table->setAccessibleDescription(shown == 0 ? m_emptyTitle->text() : QString());
}

} // namespace alongside::ui
