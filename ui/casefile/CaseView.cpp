#include "casefile/CaseView.h"

#include "advocacy/AdvocacySection.h"
#include "capacity/CapacityAssessmentForm.h"
#include "capacity/CapacitySection.h"
#include "casefile/ClosingSection.h"
#include "casefile/ConcernSection.h"
#include "casefile/ConversationForm.h"
#include "casefile/ConversationsSection.h"
#include "casefile/NotesSection.h"
#include "casefile/OutcomesSection.h"
#include "casefile/PersonSection.h"
#include "casefile/PlanSection.h"
#include "casefile/PromptsPanel.h"
#include "common/DisplayFormats.h"
#include "common/DraftDesk.h"
#include "common/FlagList.h"
#include "common/HeadingLabel.h"
#include "common/TabOrder.h"
#include "letters/LetterEditor.h"
#include "risk/RiskEnablementSection.h"
#include "storage/repositories/DraftRepository.h"
#include "supervision/SupervisionSection.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace alongside::ui {

CaseView::CaseView(const CaseAccess& access, QWidget* parent)
    : QWidget(parent),
      m_access(access),
      m_back(new QPushButton(tr("← &Caseload"), this)),
      m_name(new HeadingLabel(QString(), HeadingLabel::Level::Page, this)),
      m_facts(new QLabel(this)),
      m_flags(new FlagList(this)),
      m_parts(new QListWidget(this)),
      m_scroll(new QScrollArea(this)),
      m_prompts(new PromptsPanel(this))
{
    setObjectName(QStringLiteral("caseView"));
    m_back->setObjectName(QStringLiteral("backToCaseload"));
    m_back->setAccessibleName(tr("Back to the caseload"));
    m_back->setShortcut(QKeySequence::Back);
    m_writeLetter = new QPushButton(this);
    m_writeLetter->setObjectName(QStringLiteral("writeLetter"));
    // Named before any case is open too: screen readers list hidden controls (a11y-audit --strict).
    m_writeLetter->setAccessibleName(tr("Write an easy-read letter"));
    m_name->setObjectName(QStringLiteral("caseViewName"));
    m_facts->setObjectName(QStringLiteral("caseViewFacts"));
    m_facts->setWordWrap(true);

    m_parts->setObjectName(QStringLiteral("casePartList"));
    m_parts->setAccessibleName(tr("Parts of the case"));
    m_parts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_parts->setFrameShape(QFrame::NoFrame);
    m_parts->setSpacing(3);
    // A quiet list of places to go, on the window's own background rather than a white box.
    m_parts->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));

    m_scroll->setObjectName(QStringLiteral("caseScroll"));
    m_scroll->setAccessibleName(tr("The case, in the order the work happens"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The column starts empty: its parts are added one by one (makeNextPart), and the scroll
    // area sizes only what is new each time.
    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("caseColumn"));
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(4, 0, 12, 24);
    columnLayout->setSpacing(14);
    columnLayout->addStretch(1);
    m_scroll->setWidget(column);
    // Forms fold away and cards are rebuilt after a save or Put aside, and the column changes
    // height under the reader: keep the place by keeping the keyboard's control in sight.
    m_scroll->widget()->installEventFilter(this);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(12);
    auto* who = new QVBoxLayout;
    who->setSpacing(4);
    who->addWidget(m_name);
    who->addWidget(m_facts);
    who->addWidget(m_flags);
    header->addLayout(who, 1);
    header->addWidget(m_writeLetter, 0, Qt::AlignTop);

    auto* bodyRow = new QHBoxLayout;
    bodyRow->setSpacing(14);
    bodyRow->addWidget(m_parts);
    bodyRow->addWidget(m_scroll, 1);
    bodyRow->addWidget(m_prompts);
    fitSideColumns();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(bodyRow, 1);

    connect(m_back, &QPushButton::clicked, this, &CaseView::backRequested);
    connect(m_writeLetter, &QPushButton::clicked, this,
            [this] { LetterEditor::openFor(m_access, m_caseId, this); });
    connect(m_prompts, &PromptsPanel::hideRequested, this, &CaseView::hidePromptsRequested);
    connect(m_parts, &QListWidget::currentRowChanged, this,
            [this](int row) { goTo(static_cast<Part>(row), false); });
    connect(m_parts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goTo(static_cast<Part>(m_parts->row(item)), true); });
    // Made last, so it is let go of last: the forms above keep their drafts through it.
    m_drafts = new DraftDesk(access.db, access.now, this);
    connect(m_drafts, &DraftDesk::draftsChanged, this, &CaseView::showDraftsWaiting);

    m_making.setSingleShot(true);
    m_making.setInterval(0);
    connect(&m_making, &QTimer::timeout, this, &CaseView::makeNextPart);
    m_making.start();
}

void CaseView::completeNow() const
{
    // What the parts' accessors need: a view only appears complete. Making the rest is what
    // the timer would have done over the next turns.
    auto* self = const_cast<CaseView*>(this);
    while (!isComplete())
        self->makeNextPart();
}

void CaseView::makeNextPart()
{
    if (isComplete())
        return;
    const auto which = static_cast<Part>(m_made);
    CaseSection* part = makePart(which);
    ++m_made;
    m_parts->addItem(part->heading()->text());
    // Each change is shown after the click that made it has finished.
    connect(part, &CaseSection::changed, this, &CaseView::reload, Qt::QueuedConnection);
    auto* layout = static_cast<QVBoxLayout*>(m_scroll->widget()->layout());
    const int beforeStretch = layout->count() - 1;
    if (which != Part::Person) {
        auto* rule = new QFrame(m_scroll->widget());
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        layout->insertWidget(beforeStretch, rule);
        layout->insertWidget(beforeStretch + 1, part);
    } else {
        layout->insertWidget(beforeStretch, part);
    }
    if (isComplete())
        allPartsMade();
    else
        m_making.start(); // the next part after the window has answered
}

CaseSection* CaseView::makePart(Part part)
{
    switch (part) {
    case Part::Person:
        return m_person = new PersonSection(m_access);
    case Part::Concern:
        return m_concern = new ConcernSection(m_access);
    case Part::Outcomes:
        return m_outcomes = new OutcomesSection(m_access);
    case Part::Conversations:
        return m_conversations = new ConversationsSection(m_access);
    case Part::Capacity:
        return m_capacity = new CapacitySection(m_access);
    case Part::Advocacy:
        return m_advocacy = new AdvocacySection(m_access);
    case Part::RiskEnablement:
        return m_risk = new RiskEnablementSection(m_access);
    case Part::Plan:
        return m_plan = new PlanSection(m_access);
    case Part::Notes:
        return m_notes = new NotesSection(m_access);
    case Part::Closing:
        m_closing = new ClosingSection(m_access);
        // Closing asks first and lists typed work still waiting as a draft for this case.
        m_closing->setDraftsWaiting([this] {
            saveDrafts();
            return draftsWaiting();
        });
        return m_closing;
    case Part::Supervision:
        return m_supervision = new SupervisionSection(m_access);
    }
    return nullptr;
}

void CaseView::allPartsMade()
{
    m_making.stop();
    fitSideColumns(); // the list as wide as its longest heading
    showDraftsWaiting();
}

CaseSection* CaseView::section(Part part) const
{
    switch (part) {
    case Part::Person:
        return m_person;
    case Part::Concern:
        return m_concern;
    case Part::Outcomes:
        return m_outcomes;
    case Part::Conversations:
        return m_conversations;
    case Part::Capacity:
        return m_capacity;
    case Part::Advocacy:
        return m_advocacy;
    case Part::RiskEnablement:
        return m_risk;
    case Part::Plan:
        return m_plan;
    case Part::Notes:
        return m_notes;
    case Part::Closing:
        return m_closing;
    case Part::Supervision:
        return m_supervision;
    }
    return m_person;
}

bool CaseView::open(qint64 caseId)
{
    completeNow();
    m_caseId = caseId;
    m_conversations->switchCase(caseId);
    m_capacity->switchCase(caseId);
    reload();
    m_scroll->verticalScrollBar()->setValue(0);
    return m_caseId != 0;
}

void CaseView::reload()
{
    if (m_caseId == 0)
        return;
    completeNow();
    const std::optional<core::CaseRecord> record = m_access.repository().load(m_caseId);
    if (!record) {
        m_caseId = 0;
        return;
    }
    // Remember where the keyboard was: a rebuilt card may have taken the focused button with it.
    QWidget* hadFocus = nullptr;
    for (int part = 0; part < kPartCount; ++part) {
        if (section(static_cast<Part>(part))->isAncestorOf(QApplication::focusWidget()))
            hadFocus = section(static_cast<Part>(part));
    }
    m_name->setText(record->person.displayName());
    const QString calledBy = record->person.preferredName.isEmpty() ? record->person.displayName()
                                                                    : record->person.preferredName;
    m_writeLetter->setText(tr("Write a &letter to %1…").arg(calledBy));
    m_writeLetter->setAccessibleName(tr("Write an easy-read letter to %1").arg(calledBy));
    for (int part = 0; part < kPartCount; ++part)
        section(static_cast<Part>(part))->present(*record);
    // Cards were rebuilt: Tab follows the page again, top to bottom, then the prompts.
    chainTabs(QList<QWidget*>{m_back, m_writeLetter, m_parts} + tabStopsAsLaidOut(m_scroll->widget())
              + QList<QWidget*>{m_prompts->hideButton()});
    if (hadFocus && !hadFocus->isAncestorOf(QApplication::focusWidget()))
        focusFirstTabStopIn(hadFocus);
    showDraftsWaiting();
    emit caseChanged(m_caseId);
}

void CaseView::showDraftsWaiting()
{
    if (!isComplete())
        return; // shown once every part is there (allPartsMade)
    const QStringList waiting = m_caseId != 0 ? m_drafts->drafts().partsWaiting(m_caseId) : QStringList();
    for (int index = 0; index < kPartCount; ++index) {
        const CaseSection* part = section(static_cast<Part>(index));
        const bool draft = waiting.contains(part->partName());
        QListWidgetItem* item = m_parts->item(index);
        // A second line rather than a longer one: the list stays as narrow as its headings.
        item->setText(draft ? tr("%1\n(draft waiting)").arg(part->heading()->text())
                            : part->heading()->text());
        item->setData(Qt::AccessibleTextRole,
                      draft ? tr("%1, a draft is waiting").arg(part->heading()->text()) : QVariant());
        item->setToolTip(draft ? tr("Something typed here was put aside as a draft. It is waiting for you.")
                               : QString());
    }
}

void CaseView::setOverview(const core::CaseSummary& summary, const std::vector<core::CaseFlag>& flags)
{
    m_facts->setText(tr("%1 · %2 · concern received %3")
                         .arg(summary.reference, summary.stage, longDate(summary.concernReceivedOn)));
    m_flags->setFlags(flags);
}

QStringList CaseView::draftsWaiting() const
{
    completeNow();
    // Every draft waiting in this case, whichever form kept it (common/FormDraft.h), by the part
    // it waits in.
    QStringList waiting;
    for (const core::Draft& draft : m_drafts->drafts().forCase(m_caseId)) {
        QString where = draft.place.part;
        for (int part = 0; part < kPartCount; ++part) {
            if (CaseSection* shown = section(static_cast<Part>(part)); shown->partName() == draft.place.part)
                where = shown->heading()->text();
        }
        waiting
            << tr("Something typed in %1 and put aside as a draft (kept %2), not yet saved to the record.")
                   .arg(where, shortDateTime(draft.savedAt));
    }
    return waiting;
}

bool CaseView::saveDrafts()
{
    bool saved = DraftDesk::saveAll(this);
    for (LetterEditor* letter : findChildren<LetterEditor*>())
        saved = letter->saveDraft() && saved;
    return saved;
}

bool CaseView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->widget() && event->type() == QEvent::Resize) {
        // After the layouts have settled: the focus may move to the button that replaces a form.
        QTimer::singleShot(0, this, [this] {
            QWidget* focused = QApplication::focusWidget();
            if (focused && m_scroll->widget()->isAncestorOf(focused))
                m_scroll->ensureWidgetVisible(focused, 0, m_scroll->viewport()->height() / 4);
        });
    }
    return QWidget::eventFilter(watched, event);
}

void CaseView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitSideColumns(); // View → Larger text: the side columns grow with their words
}

void CaseView::fitSideColumns()
{
    m_parts->setFixedWidth(m_parts->sizeHintForColumn(0) + 3 * m_parts->fontMetrics().averageCharWidth() + 8);
    m_prompts->setFixedWidth(m_prompts->fontMetrics().averageCharWidth() * 38);
}

void CaseView::setPromptsVisible(bool visible)
{
    m_prompts->setVisible(visible);
}

int CaseView::currentPart() const
{
    return m_parts->currentRow();
}

int CaseView::scrollPosition() const
{
    return m_scroll->verticalScrollBar()->value();
}

void CaseView::returnTo(int part, int scrollPosition)
{
    if (part >= 0 && part < kPartCount) {
        const QSignalBlocker quiet(m_parts); // choosing the row would scroll to the part's top
        m_parts->setCurrentRow(part);
    }
    // Once the column is laid out at its real height, or the position would be cut short.
    QTimer::singleShot(0, this,
                       [this, scrollPosition] { m_scroll->verticalScrollBar()->setValue(scrollPosition); });
}

void CaseView::showPart(Part part)
{
    m_parts->setCurrentRow(static_cast<int>(part));
    QTimer::singleShot(0, this, [this, part] { goTo(part, true); });
}

void CaseView::goTo(Part part, bool moveFocus)
{
    CaseSection* target = section(part);
    m_scroll->verticalScrollBar()->setValue(target->y());
    if (moveFocus)
        focusFirstTabStopIn(target);
}

} // namespace alongside::ui
