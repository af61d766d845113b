#include "reporting/OutcomeFiguresPage.h"

#include "application/ReportFiles.h"
#include "common/Card.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/TabOrder.h"
#include "documents/BoardReportWording.h"
#include "reporting/DashboardCounting.h"
#include "reporting/FiguresSection.h"
#include "reporting/PeoplesWordsModel.h"
#include "reporting/ReportPeriodChooser.h"
#include "reporting/ReportRepository.h"
#include "reporting/SmallNumbers.h"
#include "shell/FileChooser.h"
#include "storage/store/FreedMemory.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace alongside::ui {

namespace {

namespace wording = core::boardreport;

constexpr int kColumnWidth = 980;
const QString kOutcomeMeasure = QStringLiteral("outcome-measure");

} // namespace

OutcomeFiguresPage::OutcomeFiguresPage(std::shared_ptr<core::StoreReader> reader,
                                       std::function<QDate()> today, FileChooser& chooser, QWidget* parent)
    : QWidget(parent),
      m_today(std::move(today)),
      m_chooser(chooser),
      m_counting(new DashboardCounting(std::move(reader), this)),
      m_back(new QPushButton(tr("← &Caseload"), this)),
      m_period(new ReportPeriodChooser(m_today(), this)),
      m_saveCsv(new QPushButton(tr("Save CSV file&s…"), this)),
      m_saveBoard(new QPushButton(tr("Save &Board report (PDF)…"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_problem(new GentleNote(this)),
      m_scroll(new QScrollArea(this)),
      m_sectionsLayout(new QVBoxLayout),
      m_wordsBlock(new QWidget),
      m_wordsEmpty(new QLabel(m_wordsBlock)),
      m_words(new QTableView(m_wordsBlock)),
      m_wordsModel(new PeoplesWordsModel(this))
{
    setObjectName(QStringLiteral("outcomeFiguresPage"));
    m_back->setObjectName(QStringLiteral("figuresBackToCaseload"));
    m_back->setAccessibleName(tr("Back to the caseload"));
    m_saveCsv->setObjectName(QStringLiteral("saveCsvFiles"));
    m_saveCsv->setAccessibleName(tr("Save CSV files"));
    m_saveCsv->setToolTip(tr("One CSV file per table, with the published labels, in a folder you choose"));
    m_saveBoard->setObjectName(QStringLiteral("saveBoardReport"));
    m_saveBoard->setAccessibleName(tr("Save Board report as PDF"));
    m_saveBoard->setToolTip(tr("A printable report for the Safeguarding Adults Board"));
    m_progress->setObjectName(QStringLiteral("figuresProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("figuresStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* heading = new HeadingLabel(tr("Outcome figures"), HeadingLabel::Level::Page, this);
    auto* reflection = new QLabel(wording::reflectionLine(), this);
    reflection->setObjectName(QStringLiteral("figuresReflection"));
    reflection->setWordWrap(true);
    reflection->setTextFormat(Qt::PlainText);
    makeQuiet(reflection);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(12);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(heading);
    titles->addWidget(reflection);
    header->addLayout(titles, 1);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_period, 1);
    controls->addWidget(m_saveCsv);
    controls->addWidget(m_saveBoard);

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    // The people's own words: what they wanted, beside the numbers.
    auto* wordsHeading = new HeadingLabel(tr("In their own words"), HeadingLabel::Level::Section,
                                          m_wordsBlock);
    auto* wordsNote = new QLabel(tr("What people said they wanted, as they said it, with initials only. "
                                    "Open a row to see the case."),
                                 m_wordsBlock);
    wordsNote->setWordWrap(true);
    makeQuiet(wordsNote);
    m_wordsEmpty->setWordWrap(true);
    m_wordsEmpty->setText(
        tr("No outcomes in people's own words were recorded on the enquiries of this period."));
    m_words->setObjectName(QStringLiteral("peoplesWordsTable"));
    m_words->setAccessibleName(tr("In their own words"));
    m_words->setModel(m_wordsModel);
    m_words->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_words->setSelectionMode(QAbstractItemView::SingleSelection);
    m_words->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_words->setTabKeyNavigation(false);
    m_words->setWordWrap(true);
    m_words->setAlternatingRowColors(true);
    m_words->setShowGrid(false);
    m_words->verticalHeader()->hide();
    m_words->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_words->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_words->horizontalHeader()->setSectionResizeMode(PeoplesWordsModel::Words, QHeaderView::Stretch);
    m_words->setMinimumHeight(m_words->fontMetrics().height() * 10);
    auto* wordsLayout = new QVBoxLayout(m_wordsBlock);
    wordsLayout->setContentsMargins(0, 0, 0, 0);
    wordsLayout->setSpacing(6);
    wordsLayout->addWidget(wordsHeading);
    wordsLayout->addWidget(wordsNote);
    wordsLayout->addWidget(m_wordsEmpty);
    wordsLayout->addWidget(m_words);

    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("figuresColumn"));
    column->setMaximumWidth(kColumnWidth);
    m_sectionsLayout->setContentsMargins(4, 0, 12, 24);
    m_sectionsLayout->setSpacing(22);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addLayout(m_sectionsLayout);
    columnLayout->addWidget(m_wordsBlock);
    columnLayout->addStretch(1);
    m_wordsBlock->hide();
    auto* body = new QWidget;
    auto* across = new QHBoxLayout(body);
    across->setContentsMargins(0, 0, 0, 0);
    across->addWidget(column, 100);
    across->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("figuresScroll"));
    // Tab goes through every number (the page scrolls to each), not to the page itself, which
    // Qt would otherwise reach after the last number, back up at its top.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("The figures"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(body);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(controls);
    layout->addLayout(statusRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_scroll, 1);

    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    m_showProgress.setSingleShot(true);
    m_showProgress.setInterval(250);
    m_showingSections.setSingleShot(true);
    m_showingSections.setInterval(0);
    connect(&m_showingSections, &QTimer::timeout, this, &OutcomeFiguresPage::showNextSection);
    connect(&m_settle, &QTimer::timeout, this, &OutcomeFiguresPage::refresh);
    connect(&m_showProgress, &QTimer::timeout, m_progress, &QWidget::show);
    connect(m_period, &ReportPeriodChooser::periodChanged, this, &OutcomeFiguresPage::periodChanged);
    connect(m_counting, &DashboardCounting::progressed, this, [this](int done, int of) {
        m_progress->setRange(0, of);
        m_progress->setValue(done);
    });
    connect(m_counting, &DashboardCounting::finished, this, &OutcomeFiguresPage::countingFinished);
    connect(m_counting, &DashboardCounting::failed, this, &OutcomeFiguresPage::countingFailed);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, &OutcomeFiguresPage::boardReportWritten);
    connect(m_back, &QPushButton::clicked, this, &OutcomeFiguresPage::backRequested);
    connect(m_saveCsv, &QPushButton::clicked, this, &OutcomeFiguresPage::saveCsvFiles);
    connect(m_saveBoard, &QPushButton::clicked, this, &OutcomeFiguresPage::saveBoardReport);
    connect(m_words, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit caseOpened(index.data(PeoplesWordsModel::CaseIdRole).toLongLong());
    });

    // The latest year with figures, not a year of zeros (a new store, the demo).
    try {
        const QSignalBlocker once(m_period); // counted once, just below
        // The newest complete financial year with figures (what the Board and the return
        // ask for); only when none has any, the year so far.
        QDate latest = m_counting->latestConcludedOn(core::boardreport::lastFinancialYear(m_today()).to);
        if (!latest.isValid())
            latest = m_counting->latestConcludedOn();
        m_period->startAtLatest(latest);
    } catch (const core::ReportFailed&) {
        // The counting below meets the same refusal and says so on the page.
    }
    chainTabStops();
    refresh();
}

bool OutcomeFiguresPage::isBusy() const
{
    return m_counting->isRunning() || m_writing.isRunning() || !m_waiting.empty();
}

FiguresSection* OutcomeFiguresPage::section(const QString& key) const
{
    const auto found = m_sections.find(key);
    return found == m_sections.end() ? nullptr : found->second;
}

void OutcomeFiguresPage::focusFirstControl()
{
    m_period->quickChoice()->setFocus();
}

void OutcomeFiguresPage::periodChanged()
{
    m_settle.start();
}

void OutcomeFiguresPage::refresh()
{
    m_settle.stop();
    const core::ReportPeriod period = m_period->period();
    if (!period.isValid()) {
        m_problem->say(tr("The “From” date is after the “To” date. Choose dates the other way round."));
        return;
    }
    m_problem->clear();
    showBusy(tr("Counting the figures for %1…").arg(wording::periodText(period)));
    // Figures of an earlier count still being shown give way to the new count's.
    m_showingSections.stop();
    m_waiting.clear();
    m_nextWaiting = 0;
    m_counting->start(period);
}

void OutcomeFiguresPage::countingFinished()
{
    m_dashboard = m_counting->result();
    m_haveFigures = true;
    m_waiting.clear();
    m_nextWaiting = 0;
    m_waiting.push_back({kOutcomeMeasure, FiguresSection::outcomeMeasure(m_dashboard.outcomes)});
    for (const core::SacTable& table : m_dashboard.tables)
        m_waiting.push_back({table.key, FiguresSection::table(table)});
    // SG1 after the tables of concluded enquiries: it counts a different set (begun in the period).
    m_waiting.push_back(
        {m_dashboard.demographics.activity.key, FiguresSection::activity(m_dashboard.demographics)});
    for (const core::SacColumnsTable& table : m_dashboard.demographics.tables)
        m_waiting.push_back({table.key, FiguresSection::columnsTable(table)});
    // Every chart's bars start at the same place, so they read as one set of figures: every
    // label is known before the first chart is laid out.
    QStringList labels;
    for (const WaitingSection& waiting : m_waiting) {
        for (const FiguresSection::Group& group : waiting.shown.groups) {
            for (const ChartBar& bar : group.bars)
                labels << bar.label;
        }
    }
    m_labelPeers = std::make_shared<const ChartLabelPeers>(labels);
    showNextSection();
}

void OutcomeFiguresPage::showNextSection()
{
    if (m_nextWaiting < m_waiting.size()) {
        WaitingSection& next = m_waiting[m_nextWaiting++];
        sectionFor(next.key)->show(std::move(next.shown), m_labelPeers);
        m_showingSections.start(); // the next one after the window has answered
        return;
    }
    m_waiting.clear();
    m_nextWaiting = 0;
    allSectionsShown();
}

void OutcomeFiguresPage::allSectionsShown()
{
    m_wordsModel->setWords(m_dashboard.peoplesWords);
    m_words->resizeRowsToContents();
    m_words->setVisible(!m_dashboard.peoplesWords.empty());
    m_wordsEmpty->setVisible(m_dashboard.peoplesWords.empty());
    m_wordsBlock->show();
    chainTabStops();
    const int enquiries = m_dashboard.outcomes.enquiries;
    if (m_dashboard.includesBundles()) {
        // The Board's figures: which teams' bundles they count in, and how small numbers show.
        m_wordsBlock->hide();
        showIdle(tr("Figures for %1, shown as they may be published: a count from 1 to 4 as [c], the rest "
                    "rounded to the nearest 5. They count this store's own cases and %2")
                     .arg(wording::periodText(m_dashboard.period), bundlesText(m_dashboard.fromBundles)));
        return;
    }
    showIdle(enquiries == 1 ? tr("Figures for %1: 1 concluded section 42 enquiry.")
                                  .arg(wording::periodText(m_dashboard.period))
                            : tr("Figures for %1: %2 concluded section 42 enquiries.")
                                  .arg(wording::periodText(m_dashboard.period))
                                  .arg(enquiries));
}

QString OutcomeFiguresPage::bundlesText(const std::vector<core::FiguresFromBundle>& bundles)
{
    QStringList teams;
    for (const core::FiguresFromBundle& from : bundles)
        teams << tr("%1 (%2, bundle %3 of %4): %5")
                     .arg(from.team.isEmpty() ? tr("no team given") : from.team,
                          from.sender.isEmpty() ? tr("no name given") : from.sender)
                     .arg(from.sequence)
                     .arg(from.madeAt.date().toString(QStringLiteral("d MMMM yyyy")),
                          from.enquiries == 1 ? tr("1 concluded section 42 enquiry")
                                              : tr("%1 concluded section 42 enquiries").arg(from.enquiries));
    return (bundles.size() == 1 ? tr("the figures from 1 team bundle: %1.")
                                : tr("the figures from %1 team bundles: %2.").arg(bundles.size()))
        .arg(teams.join(QStringLiteral("; ")));
}

void OutcomeFiguresPage::countingFailed(const QString& message)
{
    m_problem->say(tr("The figures could not be counted. %1").arg(message));
    showIdle(QString());
}

FiguresSection* OutcomeFiguresPage::sectionFor(const QString& key)
{
    if (FiguresSection* existing = section(key))
        return existing;
    auto* made = new FiguresSection(key);
    connect(made, &FiguresSection::casesRequested, this, &OutcomeFiguresPage::numberChosen);
    m_sectionsLayout->addWidget(made);
    m_sections[key] = made;
    return made;
}

void OutcomeFiguresPage::chainTabStops()
{
    QList<QWidget*> stops{m_back};
    stops += tabStopsAsLaidOut(m_period);
    stops << m_saveCsv << m_saveBoard;
    for (int index = 0; index < m_sectionsLayout->count(); ++index) {
        if (auto* figures = qobject_cast<FiguresSection*>(m_sectionsLayout->itemAt(index)->widget()))
            stops += figures->tabStops();
    }
    stops << m_words;
    chainTabs(stops);
}

void OutcomeFiguresPage::numberChosen(const QSet<qint64>& caseIds, const QString& what)
{
    const QString period = wording::periodText(m_dashboard.period);
    const QString why = caseIds.size() == 1
        ? tr("Showing the 1 case behind %1, %2.").arg(what, period)
        : tr("Showing the %1 cases behind %2, %3.").arg(caseIds.size()).arg(what, period);
    emit casesRequested(caseIds, why);
}

void OutcomeFiguresPage::showBusy(const QString& message)
{
    const bool was = isBusy();
    m_status->setText(message);
    m_saveCsv->setEnabled(false);
    m_saveBoard->setEnabled(false);
    m_progress->setRange(0, 0); // "working", until there is a step count to show
    m_showProgress.start();
    if (!was)
        emit busyChanged(true);
}

void OutcomeFiguresPage::showIdle(const QString& message)
{
    m_showProgress.stop();
    m_progress->hide();
    if (!message.isEmpty())
        m_status->setText(message);
    m_saveCsv->setEnabled(m_haveFigures);
    m_saveBoard->setEnabled(m_haveFigures);
    emit busyChanged(false);
}

void OutcomeFiguresPage::saveCsvFiles()
{
    if (!m_haveFigures || isBusy())
        return;
    const QString folder = m_chooser.chooseFolder(this, tr("Choose a folder for the CSV files"),
                                                  QDir::homePath());
    if (folder.isEmpty())
        return;
    const core::ReportFilesResult written = core::writeReportCsvFiles(folder, m_dashboard);
    if (!written.ok()) {
        m_problem->say(tr("The CSV files could not be saved. %1").arg(written.problem));
        return;
    }
    m_problem->clear();
    m_status->setText(
        tr("Saved %1 CSV files in %2.").arg(written.written.size()).arg(QDir::toNativeSeparators(folder)));
}

void OutcomeFiguresPage::saveBoardReport()
{
    if (!m_haveFigures || isBusy())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("board-report-%1-to-%2.pdf")
            .arg(m_dashboard.period.isoFrom(), m_dashboard.period.isoTo()));
    QString path = m_chooser.chooseSaveFile(this, tr("Save the Board report"), suggested,
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    m_problem->clear();
    showBusy(tr("Writing the Board report…"));
    // Counting the period before and drawing a long report take a moment: both on a worker, from
    // a copy of the figures, the period before read through the store's second connection (the
    // writer touches no widget). The save dialog has already asked before replacing a file of
    // that name.
    const core::BoardReportOptions options{QString(), m_today()};
    m_writing.setProperty("path", path);
    m_writing.setFuture(QtConcurrent::run([reader = m_counting->reader(), figures = m_dashboard, options,
                                           path]() {
        QString problem;
        try {
            core::ReportDashboard withBefore = figures;
            withBefore.previous = DashboardCounting::previousFiguresHere(reader, figures.period);
            withBefore = core::shownFigures(std::move(withBefore)); // the period before, as shown too
            problem = core::writeBoardReport(path, withBefore, options, core::ExistingFile::Replace).problem;
        } catch (const core::ReportFailed& failure) {
            problem = tr("The Board report could not be written. %1").arg(failure.message);
        }
        core::clearStackBelowCaller(); // the queries' case data left on this pooled thread's stack
        return problem;
    }));
}

void OutcomeFiguresPage::boardReportWritten()
{
    const QString error = m_writing.result();
    const QString path = QDir::toNativeSeparators(m_writing.property("path").toString());
    if (!error.isEmpty())
        m_problem->say(error);
    showIdle(error.isEmpty() ? tr("Saved the Board report as %1.").arg(path) : QString());
}

} // namespace alongside::ui
