#include "JourneyBench.h"

#include "Comparison.h"
#include "DriverWorkload.h"
#include "PageCache.h"
#include "RawJourneyWorkload.h"
#include "RawWorkload.h"
#include "StatementCapture.h"

#include "rules/CaseloadFlags.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseSearch.h"
#include "storage/repositories/CaseloadRepository.h"

#include <QJsonArray>

#include <map>
#include <stdexcept>

namespace alongside::bench {

namespace {

// What the caseload screen offers to search for: one busy word, and two words typed as
// prefixes (CaseSearch matches every word as a prefix, all must appear).
const QStringList kSearches = {QStringLiteral("money"), QStringLiteral("money wor")};
// CaseSearch::search's default number of hits, which the screens use. Should it change, the
// result check below stops matching and says so.
constexpr std::size_t kSearchHits = 200;

RowTarget journeyTarget(bool informational = false)
{
    return {kJourneyRatioTarget, kJourneyLimitMs, informational};
}

core::CaseRepository caseRepository(const QSqlDatabase& db, const QDateTime& now)
{
    return core::CaseRepository(db, QStringLiteral("alongside-bench"), [now] { return now; });
}

std::size_t expectedRows(const core::CaseRecord& r)
{
    std::size_t rows = 3; // case header, person, concern
    rows += r.person.importantPeople.size() + r.person.legalRepresentatives.size();
    rows += static_cast<std::size_t>(r.concern.riskTypes.size());
    rows += r.section42 ? 1U : 0U;
    for (const core::DesiredOutcome& outcome : r.outcomes)
        rows += 1 + outcome.revisions.size() + (outcome.achievement ? 1U : 0U);
    for (const core::Conversation& conversation : r.conversations)
        rows += 1 + static_cast<std::size_t>(conversation.personsWords.size());
    rows += r.actions.size() + r.notes.size();
    rows += r.closure ? 1U : 0U;
    return rows;
}

QJsonArray statementsJson(const std::vector<CapturedStatement>& statements)
{
    QJsonArray array;
    for (const CapturedStatement& statement : statements)
        array.append(QString::fromStdString(statement.expanded));
    return array;
}

} // namespace

JourneyBench::JourneyBench(Inputs inputs, BenchReport& report, QTextStream& progress)
    : m_in(std::move(inputs)), m_report(report), m_progress(progress),
      m_now(QDate(2025, 1, 15), QTime(12, 0))
{
    if (!m_in.raw)
        throw std::runtime_error("JourneyBench needs the raw connection");
}

QStringList JourneyBench::prepare()
{
    QStringList problems;
    problems << checkCaseload() << checkCaseOpen();
    for (const QString& typed : kSearches) {
        m_searches.push_back({typed, {}});
        problems << checkSearch(m_searches.back());
    }
    problems.removeAll(QString());
    return problems;
}

QString JourneyBench::checkCaseload()
{
    const std::vector<core::CaseSummary> summaries = core::CaseloadRepository(m_in.db).allCases();
    std::map<core::CaseFlagKind, int> counts;
    for (const core::CaseSummary& summary : summaries) {
        for (const core::CaseFlag& flag : core::caseloadFlags(summary, m_now))
            ++counts[flag.kind];
    }
    for (const auto& [kind, count] : counts)
        m_flagCounts.insert(core::flagText(kind), count);

    const std::vector<RowRaw> raw = RawWorkload(*m_in.raw).caseload(m_in.caseloadSql);
    if (raw.size() != summaries.size())
        return QStringLiteral("caseload with flags: the repository read %1 cases, raw %2").arg(summaries.size()).arg(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].size() < 2 || raw[i][0].integer != summaries[i].caseId
            || raw[i][1].text.value_or(std::string()) != summaries[i].reference.toStdString())
            return QStringLiteral("caseload with flags: row %1 differs").arg(i);
    }
    return {};
}

QString JourneyBench::checkCaseOpen()
{
    // Each capture is of a second call: SQLite runs a few statements of its own on a
    // connection's first use of a table (FTS4 reads the page size), which are not the
    // repository's and do not recur.
    std::optional<core::CaseRecord> record = caseRepository(m_in.db, m_now).load(m_in.caseId);
    {
        const StatementCapture capture(driverHandle(m_in.db));
        record = caseRepository(m_in.db, m_now).load(m_in.caseId);
        m_caseOpen = capture.statements();
    }
    if (!record)
        throw std::runtime_error("CaseRepository::load found no case " + std::to_string(m_in.caseId));
    for (const CapturedStatement& statement : m_caseOpen) {
        if (statement.sql.rfind("SELECT", 0) != 0)
            return QStringLiteral("CaseRepository::load ran a statement that is not a SELECT: %1")
                .arg(QString::fromStdString(statement.sql));
    }
    const RawJourneyWorkload raw(*m_in.raw);
    const std::string bindings = raw.checkBindings(m_caseOpen);
    if (!bindings.empty())
        return QString::fromStdString(bindings);

    std::size_t revisions = 0;
    std::size_t words = 0;
    for (const core::DesiredOutcome& outcome : record->outcomes)
        revisions += outcome.revisions.size();
    for (const core::Conversation& conversation : record->conversations)
        words += static_cast<std::size_t>(conversation.personsWords.size());
    m_caseShape = QJsonObject{
        {QStringLiteral("case_id"), m_in.caseId},
        {QStringLiteral("statements"), static_cast<qint64>(m_caseOpen.size())},
        {QStringLiteral("notes"), static_cast<qint64>(record->notes.size())},
        {QStringLiteral("conversations"), static_cast<qint64>(record->conversations.size())},
        {QStringLiteral("persons_words"), static_cast<qint64>(words)},
        {QStringLiteral("outcomes"), static_cast<qint64>(record->outcomes.size())},
        {QStringLiteral("outcome_revisions"), static_cast<qint64>(revisions)},
        {QStringLiteral("actions"), static_cast<qint64>(record->actions.size())},
        {QStringLiteral("closed"), record->closure.has_value()},
        {QStringLiteral("captured"), statementsJson(m_caseOpen)},
    };

    std::size_t rawRows = 0;
    for (const std::vector<RowRaw>& rows : raw.replay(m_caseOpen))
        rawRows += rows.size();
    if (rawRows != expectedRows(*record))
        return QStringLiteral("open a case: raw read %1 rows, the repository's record holds %2")
            .arg(rawRows)
            .arg(expectedRows(*record));
    return {};
}

QString JourneyBench::checkSearch(SearchCase& search)
{
    std::vector<core::SearchHit> hits = core::CaseSearch(m_in.db).search(search.typed);
    {
        const StatementCapture capture(driverHandle(m_in.db));
        hits = core::CaseSearch(m_in.db).search(search.typed);
        search.statements = capture.statements();
    }
    for (const CapturedStatement& statement : search.statements) {
        if (statement.sql.rfind("SELECT", 0) != 0)
            return QStringLiteral("CaseSearch::search ran a statement that is not a SELECT: %1")
                .arg(QString::fromStdString(statement.sql));
    }
    if (hits.empty() || search.statements.size() != 2)
        return QStringLiteral("search \u201c%1\u201d found %2 hits with %3 statements; the bench expects hits, and two")
            .arg(search.typed)
            .arg(hits.size())
            .arg(search.statements.size());
    const RawJourneyWorkload raw(*m_in.raw);
    const std::string bindings = raw.checkBindings(search.statements);
    if (!bindings.empty())
        return QString::fromStdString(bindings);
    const std::vector<RawSearchHit> rawHits = raw.search(search.statements[0], search.statements[1], kSearchHits);
    if (rawHits.size() != hits.size())
        return QStringLiteral("search \u201c%1\u201d: driver %2 hits, raw %3").arg(search.typed).arg(hits.size()).arg(rawHits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].caseId != rawHits[i].caseId || hits[i].source.toStdString() != rawHits[i].source
            || hits[i].snippet.toStdString() != rawHits[i].snippet)
            return QStringLiteral("search \u201c%1\u201d: hit %2 differs").arg(search.typed).arg(i);
    }
    return {};
}

void JourneyBench::run()
{
    benchCaseload();
    benchCaseOpen();
    for (const SearchCase& search : m_searches) {
        // A tiny caseload (--cases 10 --notes 0) may have nothing to find: prepare() has said so.
        if (search.statements.size() == 2)
            benchSearch(search);
    }
}

void JourneyBench::benchCaseload()
{
    m_progress << "caseload with flags…\n" << Qt::flush;
    const RawWorkload raw(*m_in.raw);
    Side driverSide{{}, [&] {
        const std::vector<core::CaseSummary> summaries = core::CaseloadRepository(m_in.db).allCases();
        for (const core::CaseSummary& summary : summaries)
            m_sink += static_cast<qint64>(core::caseloadFlags(summary, m_now).size());
    }, {}};
    Side rawSide{{}, [&] { m_sink += static_cast<qint64>(raw.caseload(m_in.caseloadSql).size()); }, {}};
    const std::string name = QStringLiteral("caseload with flags (%1 cases): repository + flags | same SQL")
                                 .arg(m_in.cases).toStdString();
    m_report.addComparison(compare(name, driverSide, rawSide, m_in.repeat), journeyTarget());
    m_report.addRowDetail(name, QStringLiteral("flags_raised"), m_flagCounts);
}

void JourneyBench::benchCaseOpen()
{
    m_progress << "open a case through CaseRepository::load…\n" << Qt::flush;
    const RawJourneyWorkload raw(*m_in.raw);
    const QDateTime now = m_now;
    const auto driverRun = [&] {
        const std::optional<core::CaseRecord> record = caseRepository(m_in.db, now).load(m_in.caseId);
        m_sink += record ? static_cast<qint64>(record->notes.size()) : 0;
    };
    const auto rawRun = [&] { m_sink += static_cast<qint64>(raw.replay(m_caseOpen).size()); };
    const qint64 notes = m_caseShape.value(QStringLiteral("notes")).toInteger();

    PageCacheEmptier driverCache(driverHandle(m_in.db));
    PageCacheEmptier rawCache(m_in.raw->handle());
    const std::string cold = QStringLiteral("open a case with %1 notes: CaseRepository::load (cold page cache)")
                                 .arg(notes).toStdString();
    m_report.addComparison(compare(cold, Side{[&] { driverCache(); }, driverRun, {}},
                                   Side{[&] { rawCache(); }, rawRun, {}}, m_in.repeat),
                           journeyTarget());
    m_report.addRowDetail(cold, QStringLiteral("page_cache"), pageCacheEvidence(driverCache, rawCache));
    m_report.addRowDetail(cold, QStringLiteral("case"), m_caseShape);

    const std::string hot = QStringLiteral("open a case with %1 notes: CaseRepository::load (hot page cache)")
                                .arg(notes).toStdString();
    m_report.addComparison(compare(hot, Side{{}, driverRun, {}}, Side{{}, rawRun, {}}, m_in.repeat),
                           journeyTarget(/*informational=*/true));
}

void JourneyBench::benchSearch(const SearchCase& search)
{
    m_progress << "full-text search \u201c" << search.typed << "\u201d…\n" << Qt::flush;
    const RawJourneyWorkload raw(*m_in.raw);
    const core::CaseSearch caseSearch(m_in.db);
    const std::string name = QStringLiteral("full-text search \u201c%1\u201d: CaseSearch | same SQL")
                                 .arg(search.typed).toStdString();
    m_report.addComparison(
        compare(name, Side{{}, [&] { m_sink += static_cast<qint64>(caseSearch.search(search.typed).size()); }, {}},
                Side{{}, [&] {
                    m_sink += static_cast<qint64>(
                        raw.search(search.statements[0], search.statements[1], kSearchHits).size());
                }, {}},
                m_in.repeat),
        RowTarget{std::nullopt, kJourneyLimitMs, false});
    m_report.addRowDetail(name, QStringLiteral("captured"), statementsJson(search.statements));
}

QJsonObject JourneyBench::context() const
{
    return QJsonObject{
        {QStringLiteral("flags_now"), m_now.toString(Qt::ISODate)},
        {QStringLiteral("flags_raised"), m_flagCounts},
        {QStringLiteral("case_opened"), m_caseShape},
    };
}

} // namespace alongside::bench
