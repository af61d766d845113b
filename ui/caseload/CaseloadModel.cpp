#include "caseload/CaseloadModel.h"

#include "caseload/FlagWording.h"
#include "common/SoftDot.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace alongside::ui {

namespace {

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString shortDate(const QDate& date)
{
    // "Mon 9 Mar": the day of the week matters more than the year when planning visits.
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

int sourceRank(const QString& source)
{
    static const QStringList order = {QStringLiteral("words"),        QStringLiteral("outcome"),
                                      QStringLiteral("conversation"), QStringLiteral("note"),
                                      QStringLiteral("concern"),      QStringLiteral("person")};
    const qsizetype rank = order.indexOf(source);
    return rank < 0 ? static_cast<int>(order.size()) : static_cast<int>(rank);
}

// The caseload's next action is the earlier of the plan's and one agreed in supervision.
bool supervisionActionFirst(const core::CaseSummary& summary)
{
    return summary.nextSupervisionActionDue.isValid()
        && (!summary.nextActionDue.isValid() || summary.nextSupervisionActionDue < summary.nextActionDue);
}

QDate nextDue(const core::CaseSummary& summary)
{
    return supervisionActionFirst(summary) ? summary.nextSupervisionActionDue : summary.nextActionDue;
}

// Who holds a case, as the team store's caseload names them.
QString holderName(const core::CaseSummary& summary)
{
    if (!summary.heldBy)
        return CaseloadModel::tr("You");
    return summary.heldBy->isEmpty() ? CaseloadModel::tr("Not known") : *summary.heldBy;
}

QString describeHit(const core::SearchHit& hit)
{
    return QStringLiteral("%1: “%2”").arg(searchSourceLabel(hit.source), hit.snippet.simplified());
}

} // namespace

CaseloadModel::CaseloadModel(Clock now, QObject* parent) : QAbstractTableModel(parent), m_now(std::move(now))
{}

void CaseloadModel::setRepository(std::optional<core::CaseloadRepository> repository)
{
    m_repository = std::move(repository);
    reload();
}

void CaseloadModel::refresh()
{
    reload();
}

void CaseloadModel::setShow(Show show)
{
    if (show == m_view.show)
        return;
    m_view.show = show;
    reload();
}

void CaseloadModel::limitTo(std::optional<QSet<qint64>> caseIds)
{
    if (!caseIds && !m_limit)
        return;
    m_limit = std::move(caseIds);
    reload();
}

core::CaseloadView CaseloadModel::effectiveView() const
{
    core::CaseloadView view = m_view;
    // The cases a search found, and of those the ones a figure is about.
    if (isSearching() || m_limit) {
        QList<qint64> ids;
        if (isSearching()) {
            for (auto found = m_hits.constBegin(); found != m_hits.constEnd(); ++found) {
                if (!m_limit || m_limit->contains(found.key()))
                    ids << found.key();
            }
        } else {
            ids = m_limit->values();
        }
        view.only = ids;
    }
    return view;
}

void CaseloadModel::reload()
{
    beginResetModel();
    m_cases.clear();
    m_flags.clear();
    m_shown = 0;
    m_inStore = 0;
    m_holdsOthersCases = false;
    if (m_repository) {
        const QDateTime now = m_now();
        const core::CaseloadView view = effectiveView();
        m_shown = m_repository->count(view, now);
        m_inStore = view.only || view.show != Show::All ? m_repository->count({}, now) : m_shown;
        append(m_repository->page(view, now, 0, kPageRows));
        m_holdsOthersCases = m_repository->holdsOthersCases();
    }
    endResetModel();
}

void CaseloadModel::append(std::vector<core::CaseSummary> cases)
{
    const QDateTime now = m_now();
    m_cases.reserve(m_cases.size() + cases.size());
    for (core::CaseSummary& summary : cases) {
        m_flags.push_back(core::caseloadFlags(summary, now));
        m_cases.push_back(std::move(summary));
    }
}

bool CaseloadModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_repository && static_cast<qint64>(m_cases.size()) < m_shown;
}

void CaseloadModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<core::CaseSummary> more = m_repository->page(effectiveView(), m_now(),
                                                             static_cast<int>(m_cases.size()), kPageRows);
    if (more.empty()) {
        m_shown = static_cast<qint64>(m_cases.size()); // changed underneath: stop asking
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    append(std::move(more));
    endInsertRows();
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    using Sort = core::CaseloadView::Sort;
    Sort sort = Sort::AsStored;
    switch (column) {
    case Person:
        sort = Sort::Person;
        break;
    case Reference:
        sort = Sort::Reference;
        break;
    case HeldBy:
        sort = Sort::HeldBy;
        break;
    case Stage:
        sort = Sort::Stage;
        break;
    case DaysOpen:
        sort = Sort::DaysOpen;
        break;
    case NextAction:
        sort = Sort::NextAction;
        break;
    case Flags:
        sort = Sort::Flags;
        break;
    default: // "Found in" keeps the stored order: a search shows at most a couple of hundred
        break;
    }
    m_view.sort = sort;
    m_view.descending = order == Qt::DescendingOrder;
    reload(); // a reset: the rows read so far are replaced by the first page in the new order
}

const core::CaseSummary* CaseloadModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_cases[static_cast<std::size_t>(row)];
}

const std::vector<core::CaseFlag>& CaseloadModel::flagsAt(int row) const
{
    static const std::vector<core::CaseFlag> none;
    if (row < 0 || row >= rowCount())
        return none;
    return m_flags[static_cast<std::size_t>(row)];
}

int CaseloadModel::rowOf(qint64 caseId)
{
    for (std::size_t row = 0; row < m_cases.size(); ++row) {
        if (m_cases[row].caseId == caseId)
            return static_cast<int>(row);
    }
    if (!m_repository || caseId == 0 || !canFetchMore({}))
        return -1;
    // Further down what is shown: read the pages up to it, as scrolling there would.
    const qint64 position = m_repository->positionOf(caseId, effectiveView(), m_now());
    if (position < 0)
        return -1;
    while (static_cast<qint64>(m_cases.size()) <= position && canFetchMore({}))
        fetchMore({});
    return position < static_cast<qint64>(m_cases.size())
            && m_cases[static_cast<std::size_t>(position)].caseId == caseId
        ? static_cast<int>(position)
        : -1;
}

std::optional<std::pair<core::CaseSummary, std::vector<core::CaseFlag>>>
CaseloadModel::summaryOf(qint64 caseId) const
{
    for (std::size_t row = 0; row < m_cases.size(); ++row) {
        if (m_cases[row].caseId == caseId)
            return std::make_pair(m_cases[row], m_flags[row]);
    }
    if (!m_repository || caseId == 0)
        return std::nullopt;
    core::CaseloadView one;
    one.only = QList<qint64>{caseId};
    const QDateTime now = m_now();
    std::vector<core::CaseSummary> found = m_repository->page(one, now, 0, 1);
    if (found.empty())
        return std::nullopt;
    std::vector<core::CaseFlag> flags = core::caseloadFlags(found.front(), now);
    return std::make_pair(std::move(found.front()), std::move(flags));
}

void CaseloadModel::setSearchResults(const QString& text, const std::vector<core::SearchHit>& hits)
{
    m_searchText = text.trimmed();
    m_hits.clear();
    if (!m_searchText.isEmpty()) {
        for (const core::SearchHit& hit : hits)
            m_hits[hit.caseId].push_back(hit);
        // The person's own words first: that is what a match most often means to the reader.
        for (auto& caseHits : m_hits)
            std::stable_sort(caseHits.begin(), caseHits.end(), [](const auto& a, const auto& b) {
                return sourceRank(a.source) < sourceRank(b.source);
            });
    }
    reload();
    emit searchChanged();
}

const std::vector<core::SearchHit>* CaseloadModel::hitsFor(qint64 caseId) const
{
    const auto found = m_hits.constFind(caseId);
    return found == m_hits.constEnd() ? nullptr : &found.value();
}

bool CaseloadModel::matchesSearch(int row) const
{
    const core::CaseSummary* summary = caseAt(row);
    return summary && (!isSearching() || hitsFor(summary->caseId));
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    const core::CaseSummary* summary = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!summary)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*summary, row, column);
    case Qt::AccessibleTextRole:
        if (column == Flags)
            return flagsAt(row).empty() ? tr("Nothing missing") : toolTip(*summary, row, column);
        if (column == NextAction && !nextDue(*summary).isValid() && summary->draftParts.isEmpty())
            return tr("No action due");
        return display(*summary, row, column);
    case Qt::ToolTipRole:
        return toolTip(*summary, row, column);
    case Qt::DecorationRole:
        if (column == Flags && !flagsAt(row).empty())
            return softDotIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysOpen)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return summary->caseId;
    case SortRole:
        return sortKey(*summary, row, column);
    case FlagCountRole:
        return static_cast<int>(flagsAt(row).size());
    default:
        return {};
    }
}

QVariant CaseloadModel::display(const core::CaseSummary& summary, int row, int column) const
{
    switch (column) {
    case Person:
        return summary.personName;
    case Reference:
        return summary.reference;
    case HeldBy:
        return holderName(summary);
    case Stage:
        return summary.stage;
    case DaysOpen:
        return summary.daysOpen(m_now().date());
    case NextAction: {
        const QString due = supervisionActionFirst(summary)
            ? tr("%1 · supervision").arg(shortDate(summary.nextSupervisionActionDue))
            : (summary.nextActionDue.isValid() ? shortDate(summary.nextActionDue) : QString());
        // Something typed and put aside is the first thing to pick up again.
        if (summary.draftParts.isEmpty())
            return due;
        return due.isEmpty() ? tr("Draft waiting") : tr("Draft waiting · %1").arg(due);
    }
    case Flags: {
        QStringList phrases;
        for (const core::CaseFlag& flag : flagsAt(row))
            phrases << shortFlagText(flag.kind);
        return phrases.join(QStringLiteral(" · "));
    }
    case Match: {
        const auto* hits = hitsFor(summary.caseId);
        return hits && !hits->empty() ? describeHit(hits->front()) : QString();
    }
    default:
        return {};
    }
}

QVariant CaseloadModel::toolTip(const core::CaseSummary& summary, int row, int column) const
{
    switch (column) {
    case HeldBy:
        if (!summary.heldBy)
            return tr("Started in this store");
        return summary.heldBy->isEmpty()
            ? tr("Sent from a store whose keys are not trusted here: see File, Team members and keys")
            : tr("Sent by %1 from their own store").arg(*summary.heldBy);
    case DaysOpen:
        return summary.closedOn.isValid()
            ? tr("Concern received %1, closed %2")
                  .arg(longDate(summary.concernReceivedOn), longDate(summary.closedOn))
            : tr("Concern received %1").arg(longDate(summary.concernReceivedOn));
    case NextAction: {
        QStringList lines;
        if (summary.nextActionDue.isValid())
            lines << tr("The earliest action still to do is due %1").arg(longDate(summary.nextActionDue));
        if (summary.nextSupervisionActionDue.isValid())
            lines << tr("Agreed in supervision: %1, due %2")
                         .arg(summary.nextSupervisionAction, longDate(summary.nextSupervisionActionDue));
        if (!summary.draftParts.isEmpty())
            lines.prepend(tr("A draft is waiting in this case: open it to carry on, or discard it."));
        return lines.isEmpty() ? tr("No action waiting") : lines.join(u'\n');
    }
    case Flags: {
        QStringList sentences;
        for (const core::CaseFlag& flag : flagsAt(row))
            sentences << flag.text;
        return sentences.join(u'\n');
    }
    case Match: {
        QStringList lines;
        if (const auto* hits = hitsFor(summary.caseId)) {
            for (const core::SearchHit& hit : *hits)
                lines << describeHit(hit);
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant CaseloadModel::sortKey(const core::CaseSummary& summary, int row, int column) const
{
    switch (column) {
    case Person:
        return summary.personName.toCaseFolded();
    case DaysOpen:
        return summary.daysOpen(m_now().date());
    case NextAction:
        // Cases with nothing due sort after every date.
        return nextDue(summary).isValid() ? nextDue(summary).toJulianDay()
                                          : std::numeric_limits<qint64>::max();
    case Flags:
        return static_cast<int>(flagsAt(row).size());
    case Match: {
        const auto* hits = hitsFor(summary.caseId);
        return hits ? static_cast<int>(hits->size()) : 0;
    }
    default:
        return display(summary, row, column);
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Reference");
    case HeldBy:
        return tr("Held by");
    case Stage:
        return tr("Stage");
    case DaysOpen:
        return tr("Days open");
    case NextAction:
        return tr("Next action");
    case Flags:
        return tr("Worth a look");
    case Match:
        return tr("Found in");
    default:
        return {};
    }
}

} // namespace alongside::ui
