#include "BenchRun.h"

#include "BundleBench.h"
#include "CaseloadPagesBench.h"
#include "DriverWorkload.h"
#include "JourneyBench.h"
#include "LetterBench.h"
#include "MachineInfo.h"
#include "PageCache.h"
#include "ProcessMemory.h"
#include "RawWorkload.h"
#include "ReportBench.h"
#include "ResultCheck.h"
#include "StatementCapture.h"
#include "SyntheticEnquiries.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/CaseloadRows.h"
#include "storage/schema/Migrations.h"
#include "storage/store/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <stdexcept>

namespace alongside::bench {

namespace {

constexpr char kPassphrase[] = "bench kettle orchard lantern";

// Setting up a store is not what is measured (the KDF has its own row), so the stores are
// made with the cheapest Argon2id libsodium allows. The bench is never shipped to users.
core::KdfParameters cheapKdf()
{
    return {.version = 1, .opsLimit = 1, .memLimitBytes = std::size_t{8} * 1024};
}

core::StoreOptions cheapStoreOptions()
{
    return core::StoreOptions{core::KdfSchedule({cheapKdf()})};
}

} // namespace

BenchRun::BenchRun(BenchOptions options, QTextStream& progress)
    : m_options(std::move(options)), m_progress(progress)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

BenchRun::~BenchRun()
{
    closeStores();
}

core::SecretBytes BenchRun::passphrase() const
{
    return core::SecretBytes::copyOf(kPassphrase, sizeof kPassphrase - 1);
}

core::SecretBytes BenchRun::driverKeySpec() const
{
    // What StoreOpener derives: the salt is the file's first 16 bytes.
    const core::StoreSalt salt = core::probeStoreFile(m_driverPath).salt;
    return core::rawKeySpec(core::deriveStoreKey(passphrase(), salt, cheapKdf()), salt);
}

QString BenchRun::scratchPath(const char* stem, int number) const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(stem)).arg(number));
}

BenchReport BenchRun::run()
{
    m_loadAtStart = loadAverage();
    if (m_options.bundlesOnly) {
        benchBundles(m_report, m_dir.path(), cheapStoreOptions(), m_options.repeat, m_progress);
        m_report.setResultsVerified(true); // the row checks every case arrived, or throws
        m_report.setContext(context());
        m_report.setPeakResident(peakResidentKiB(), peakResidentKiB());
        return std::move(m_report);
    }
    if (m_options.caseloadOnly) {
        generate();
        writeCaseloadOnce();
        fillJourneys();
        openForQueries();
        benchCaseloadPages();
        closeStores();
        m_report.setResultsVerified(m_caseloadPagesVerified);
        m_report.setContext(context());
        m_report.setPeakResident(peakResidentKiB(), peakResidentKiB());
        return std::move(m_report);
    }
    if (m_options.reportsOnly) {
        benchReports();
        m_report.setResultsVerified(m_reportsVerified);
        m_report.setContext(context());
        m_report.setPeakResident(peakResidentKiB(), peakResidentKiB());
        return std::move(m_report);
    }
    generate();
    benchBulkInsert();
    fillJourneys();
    benchOpen();
    openForQueries();
    bool verified = false;
    {
        // Holds a handle on the driver's connection: gone before the stores close.
        JourneyBench journey({m_driverStore->database(), m_raw.get(), m_caseloadSql, m_shape.featuredCaseId,
                              m_options.cases, m_options.repeat},
                             m_report, m_progress);
        verified = verifyResults(journey);
        benchQueries();
        journey.run();
        m_journeyContext = journey.context();
        m_sink += journey.checksum();
    }
    m_cipherVersion = core::cipherVersion(m_raw->handle());
    closeStores();
    benchReports(); // a store of its own, after the issue-2 and issue-3 stores are closed
    benchLetter(m_report, m_options.repeat, m_progress); // issue 5: no store; build + PDF
    benchBundles(m_report, m_dir.path(), cheapStoreOptions(), m_options.repeat, m_progress); // issue 14
    m_report.setResultsVerified(verified && m_reportsVerified);
    m_report.setContext(context());
    const qint64 storeWorkKiB = peakResidentKiB();
    if (m_options.keyDerivation) {
        m_progress << "timing Argon2id with production parameters…\n" << Qt::flush;
        m_report.setKeyDerivation(timeKeyDerivation(std::min(m_options.repeat, 3)));
    }
    m_report.setPeakResident(storeWorkKiB, peakResidentKiB());
    return std::move(m_report);
}

void BenchRun::generate()
{
    m_progress << "generating " << m_options.cases << " cases and " << m_options.notes << " notes…\n"
               << Qt::flush;
    m_data = std::make_unique<SyntheticCaseload>(
        generateSyntheticCaseload(m_options.cases, m_options.notes, &m_shape));
    m_qtData = std::make_unique<SyntheticCaseloadQt>(toQt(*m_data));
    m_journeys = std::make_unique<SyntheticJourneys>(generateSyntheticJourneys(*m_data, m_shape));
    const core::StoreSalt salt = core::randomStoreSalt();
    m_rawKeySpec = core::rawKeySpec(core::deriveStoreKey(passphrase(), salt, cheapKdf()), salt);
}

void BenchRun::benchBulkInsert()
{
    m_progress << "bulk insert…\n" << Qt::flush;
    int driverNumber = 0;
    int rawNumber = 0;
    Side driver;
    driver.prepare = [&] {
        m_driverStore.reset();
        if (!m_driverPath.isEmpty())
            core::removeWithCompanions(m_driverPath);
        m_driverPath = scratchPath("driver", ++driverNumber);
        core::StoreError error;
        m_driverStore = core::Store::create(m_driverPath, passphrase(), &error, cheapStoreOptions());
        if (!m_driverStore)
            throw std::runtime_error("Store::create failed: " + error.message.toStdString() + ' '
                                     + error.detail.toStdString());
    };
    driver.run = [&] { DriverWorkload(m_driverStore->database()).insert(*m_qtData); };

    Side raw;
    raw.prepare = [&] {
        m_raw.reset();
        if (!m_rawPath.isEmpty())
            core::removeWithCompanions(m_rawPath);
        m_rawPath = scratchPath("raw", ++rawNumber);
        m_raw = std::make_unique<RawConnection>(m_rawPath.toStdString(), m_rawKeySpec,
                                                RawConnection::Mode::NewFile);
        RawWorkload(*m_raw).createSchema();
        // Store::create closes the new file and opens it again, which leaves no WAL behind;
        // do the same, or the driver's first commit alone pays for starting a fresh WAL.
        m_raw.reset();
        m_raw = std::make_unique<RawConnection>(m_rawPath.toStdString(), m_rawKeySpec,
                                                RawConnection::Mode::ExistingFile);
    };
    raw.run = [&] { RawWorkload(*m_raw).insert(*m_data); };

    m_report.addComparison(compare(QStringLiteral("bulk insert (%1 people+cases, %2 notes)")
                                       .arg(m_options.cases)
                                       .arg(m_options.notes)
                                       .toStdString(),
                                   driver, raw, m_options.repeat, /*warmUps=*/1),
                           issue2Target());
    closeStores();
    // The inputs are not needed again; give their memory back before the reads.
    m_data.reset();
    m_qtData.reset();
}

void BenchRun::benchOpen()
{
    m_progress << "open + first query…\n" << Qt::flush;
    const core::SecretBytes driverSpec = driverKeySpec();
    const QString connection = QStringLiteral("alongside-bench-open");
    Side driver;
    driver.run = [&] {
        const QSqlDatabase db = openDriverConnection(m_driverPath, driverSpec, connection);
        m_sink += DriverWorkload(db).firstQuery();
    };
    driver.cleanup = [&] { closeDriverConnection(connection); };

    std::unique_ptr<RawConnection> rawOpen;
    Side raw;
    raw.run = [&] {
        rawOpen = std::make_unique<RawConnection>(m_rawPath.toStdString(), m_rawKeySpec,
                                                  RawConnection::Mode::ExistingFile);
        m_sink += RawWorkload(*rawOpen).firstQuery();
    };
    raw.cleanup = [&] { rawOpen.reset(); };

    m_report.addComparison(compare("open + first query (key already derived)", driver, raw, m_options.repeat),
                           issue2Target());
}

void BenchRun::writeCaseloadOnce()
{
    // The bulk insert row is not run here: the store is written once and copied, as the
    // journeys are, so the caseload rows can be had at 50,000 cases in a few minutes.
    m_progress << "writing " << m_options.cases << " cases once…\n" << Qt::flush;
    m_driverPath = scratchPath("driver", 1);
    m_rawPath = scratchPath("raw", 1);
    core::StoreError error;
    m_driverStore = core::Store::create(m_driverPath, passphrase(), &error, cheapStoreOptions());
    if (!m_driverStore)
        throw std::runtime_error("Store::create failed: " + error.message.toStdString());
    DriverWorkload(m_driverStore->database()).insert(*m_qtData);
    closeStores();
    m_data.reset();
    m_qtData.reset();
}

void BenchRun::benchCaseloadPages()
{
    CaseloadPagesBench pages({m_driverStore->database(), m_raw.get(), m_options.cases, m_options.repeat},
                             m_report, m_progress);
    const QString problem = pages.prepare();
    if (!problem.isEmpty())
        m_progress << "WARNING: " << problem << '\n';
    m_caseloadPagesVerified = problem.isEmpty();
    pages.run();
    m_sink += pages.checksum();
}

void BenchRun::fillJourneys()
{
    // The case journey is written once, through the driver, and the finished file copied for the
    // raw side: the write path is already compared by the bulk insert, and byte-identical files
    // leave nothing but the code reading them to differ between the two sides.
    m_progress << "case journeys (" << m_journeys->rowCount()
               << " rows), written once and copied for the raw side…\n"
               << Qt::flush;
    core::StoreError error;
    m_driverStore = core::Store::open(m_driverPath, passphrase(), &error, cheapStoreOptions());
    if (!m_driverStore)
        throw std::runtime_error("Store::open failed: " + error.message.toStdString());
    BenchTimer timer;
    DriverWorkload(m_driverStore->database()).insertJourneys(*m_journeys);
    m_journeyFillMs = timer.elapsedMs();
    // The summary rows of every case the journeys touched, as the next open would build them;
    // built before the copy, so both sides read the same rows.
    BenchTimer summaryTimer;
    const QString summaryFailure = core::refreshCaseloadRows(m_driverStore->database());
    if (!summaryFailure.isEmpty())
        throw std::runtime_error("building the caseload's summary rows failed: "
                                 + summaryFailure.toStdString());
    m_summaryBuildMs = summaryTimer.elapsedMs();
    for (const JourneyTable& table : m_journeys->tables)
        m_journeyTables.insert(table.sql.startsWith(QLatin1String("UPDATE"))
                                   ? table.sql.section(u' ', 1, 1) + QStringLiteral(" (update)")
                                   : table.sql.section(u' ', 2, 2),
                               static_cast<qint64>(table.rows.size()));
    m_journeys.reset();
    closeStores(); // the last connection to close checkpoints the WAL into the file
    if (QFileInfo(m_driverPath + QStringLiteral("-wal")).size() > 0)
        throw std::runtime_error("the driver store still has a WAL after closing; cannot copy it");
    core::removeWithCompanions(m_rawPath);
    if (!QFile::copy(m_driverPath, m_rawPath))
        throw std::runtime_error("could not copy the store for the raw side");
    m_rawKeySpec = driverKeySpec(); // same file, same salt, same key
}

void BenchRun::openForQueries()
{
    core::StoreError error;
    m_driverStore = core::Store::open(m_driverPath, passphrase(), &error, cheapStoreOptions());
    if (!m_driverStore)
        throw std::runtime_error("Store::open failed: " + error.message.toStdString());
    m_raw = std::make_unique<RawConnection>(m_rawPath.toStdString(), m_rawKeySpec,
                                            RawConnection::Mode::ExistingFile);
    captureCaseloadSql();
}

void BenchRun::captureCaseloadSql()
{
    // Time exactly the SQL the caseload screen runs: record it from the repository itself.
    const QSqlDatabase db = m_driverStore->database();
    {
        const StatementCapture capture(driverHandle(db));
        m_repositoryCases = core::CaseloadRepository(db).allCases().size();
        // Not the probe for stale summary rows that comes first: the read of the rows.
        m_caseloadSql = capture.firstSelectFrom("caseload_row");
    }
    if (m_caseloadSql.empty())
        throw std::runtime_error("CaseloadRepository::allCases() ran no SELECT to time");
}

bool BenchRun::verifyResults(JourneyBench& journey)
{
    const DriverWorkload driver(m_driverStore->database());
    const RawWorkload raw(*m_raw);
    QStringList problems;
    const std::vector<RowQt> caseload = driver.caseload(QString::fromStdString(m_caseloadSql));
    problems << compareCaseloads(caseload, raw.caseload(m_caseloadSql));
    if (caseload.size() != m_repositoryCases)
        problems << QStringLiteral("the caseload query read %1 rows; the repository returned %2 cases")
                        .arg(caseload.size())
                        .arg(m_repositoryCases);
    problems << compareCaseFiles(driver.caseFile(m_shape.featuredCaseId),
                                 raw.caseFile(m_shape.featuredCaseId));
    problems << compareStageCounts(driver.notesPerStage(), raw.notesPerStage());
    problems << journey.prepare();

    problems.removeAll(QString());
    for (const QString& problem : problems)
        m_progress << "WARNING: " << problem << '\n';
    return problems.isEmpty();
}

void BenchRun::benchQueries()
{
    const DriverWorkload driver(m_driverStore->database());
    const RawWorkload raw(*m_raw);
    const int repeat = m_options.repeat;
    const qint64 featured = m_shape.featuredCaseId;

    const QString caseloadSql = QString::fromStdString(m_caseloadSql);
    m_progress << "caseload list…\n" << Qt::flush;
    m_report.addComparison(
        compare(QStringLiteral("caseload list (%1 cases, all columns)").arg(m_options.cases).toStdString(),
                Side{{}, [&] { m_sink += static_cast<qint64>(driver.caseload(caseloadSql).size()); }, {}},
                Side{{}, [&] { m_sink += static_cast<qint64>(raw.caseload(m_caseloadSql).size()); }, {}},
                repeat),
        issue2Target());

    // Opening a case happens once, when its pages are not yet decrypted in SQLite's page cache:
    // the counted row empties both connections' caches (untimed) before every run. The hot-cache
    // row is reported beside it, not counted (docs/performance.md says why).
    m_progress << "one case with its notes, cold and hot…\n" << Qt::flush;
    const auto driverCase = [&] { m_sink += static_cast<qint64>(driver.caseFile(featured).notes.size()); };
    const auto rawCase = [&] { m_sink += static_cast<qint64>(raw.caseFile(featured).notes.size()); };
    PageCacheEmptier driverCache(driverHandle(m_driverStore->database()));
    PageCacheEmptier rawCache(m_raw->handle());
    const std::string cold = QStringLiteral("open one case with its %1 notes (cold page cache)")
                                 .arg(m_shape.featuredNoteCount)
                                 .toStdString();
    m_report.addComparison(compare(cold, Side{[&] { driverCache(); }, driverCase, {}},
                                   Side{[&] { rawCache(); }, rawCase, {}}, repeat),
                           issue2Target());
    m_report.addRowDetail(cold, QStringLiteral("page_cache"), pageCacheEvidence(driverCache, rawCache));
    m_report.addComparison(compare(QStringLiteral("open one case with its %1 notes (hot page cache)")
                                       .arg(m_shape.featuredNoteCount)
                                       .toStdString(),
                                   Side{{}, driverCase, {}}, Side{{}, rawCase, {}}, repeat),
                           issue2Target(/*informational=*/true));

    m_progress << "notes per stage…\n" << Qt::flush;
    m_report.addComparison(
        compare("notes per stage (join + GROUP BY)",
                Side{{}, [&] { m_sink += static_cast<qint64>(driver.notesPerStage().size()); }, {}},
                Side{{}, [&] { m_sink += static_cast<qint64>(raw.notesPerStage().size()); }, {}}, repeat),
        issue2Target());
}

void BenchRun::closeStores()
{
    m_driverStore.reset();
    m_raw.reset();
}

QJsonObject BenchRun::context() const
{
    const QString cipherVersion = m_raw ? core::cipherVersion(m_raw->handle()) : m_cipherVersion;
    return QJsonObject{
        {QStringLiteral("tool"), QStringLiteral("alongside-bench")},
        {QStringLiteral("parameters"),
         QJsonObject{
             {QStringLiteral("cases"), m_options.cases},
             {QStringLiteral("notes"), m_options.notes},
             {QStringLiteral("repeat"), m_options.repeat},
             {QStringLiteral("seed"), QString::number(kSyntheticSeed, 16)},
             {QStringLiteral("featured_case_id"), m_shape.featuredCaseId},
             {QStringLiteral("featured_case_notes"), m_shape.featuredNoteCount},
             {QStringLiteral("cases_with_200_notes"), m_shape.casesWith200Notes},
             {QStringLiteral("schema_version"), core::latestSchemaVersion()},
             {QStringLiteral("caseload_sql"), QString::fromStdString(m_caseloadSql)},
         }},
        {QStringLiteral("journeys"),
         QJsonObject{
             {QStringLiteral("rows_per_table"), m_journeyTables},
             {QStringLiteral("written_ms"), m_journeyFillMs},
             {QStringLiteral("caseload_summary_built_ms"), m_summaryBuildMs},
             {QStringLiteral("raw_store"),
              QStringLiteral("a byte copy of the driver's store once the journeys are written")},
             {QStringLiteral("issue_3"), m_journeyContext},
         }},
        {QStringLiteral("machine"),
         QJsonObject{
             {QStringLiteral("logical_cpus"), QThread::idealThreadCount()},
             {QStringLiteral("cpu_model"), cpuModel()},
             {QStringLiteral("os"), QSysInfo::prettyProductName()},
             {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
             {QStringLiteral("load_average_start"), m_loadAtStart},
             {QStringLiteral("load_average_end"), loadAverage()},
         }},
        {QStringLiteral("versions"),
         QJsonObject{
             {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
             {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
             {QStringLiteral("sqlcipher"), cipherVersion},
         }},
        {QStringLiteral("store_bytes"),
         QJsonObject{
             {QStringLiteral("driver"), QFileInfo(m_driverPath).size()},
             {QStringLiteral("raw"), QFileInfo(m_rawPath).size()},
         }},
        {QStringLiteral("reports"), m_reportContext},
        {QStringLiteral("checksum"), m_sink},
    };
}

void BenchRun::benchReports()
{
    if (m_options.enquiries <= 0)
        return;
    m_progress << "reporting store: " << m_options.enquiries << " enquiries, written once and copied…\n"
               << Qt::flush;
    const QString driverPath = scratchPath("reports-driver", 1);
    const QString rawPath = scratchPath("reports-raw", 1);
    QJsonObject rows;
    double writtenMs = 0.0;
    {
        core::StoreError error;
        const auto store = core::Store::create(driverPath, passphrase(), &error, cheapStoreOptions());
        if (!store)
            throw std::runtime_error("Store::create failed: " + error.message.toStdString());
        BenchTimer timer;
        rows = writeSyntheticEnquiries(store->database(), m_options.enquiries);
        writtenMs = timer.elapsedMs();
    } // closing checkpoints the WAL into the file
    if (QFileInfo(driverPath + QStringLiteral("-wal")).size() > 0)
        throw std::runtime_error("the reporting store still has a WAL after closing; cannot copy it");
    if (!QFile::copy(driverPath, rawPath))
        throw std::runtime_error("could not copy the reporting store for the raw side");
    const core::StoreSalt salt = core::probeStoreFile(driverPath).salt;
    const core::SecretBytes rawKey = core::rawKeySpec(core::deriveStoreKey(passphrase(), salt, cheapKdf()),
                                                      salt);
    core::StoreError error;
    const auto store = core::Store::open(driverPath, passphrase(), &error, cheapStoreOptions());
    if (!store)
        throw std::runtime_error("Store::open failed: " + error.message.toStdString());
    RawConnection raw(rawPath.toStdString(), rawKey, RawConnection::Mode::ExistingFile);
    if (m_cipherVersion.isEmpty())
        m_cipherVersion = core::cipherVersion(raw.handle());
    const core::ReportPeriod year{QDate(2025, 4, 1), QDate(2026, 3, 31)};
    ReportBench bench({store->database(), &raw, year, m_options.enquiries, m_options.repeat}, m_report,
                      m_progress);
    const QStringList problems = bench.verify();
    for (const QString& problem : problems)
        m_progress << "WARNING: " << problem << '\n';
    m_reportsVerified = problems.isEmpty();
    bench.run();
    m_sink += bench.checksum();
    m_reportContext = QJsonObject{
        {QStringLiteral("enquiries"), m_options.enquiries},
        {QStringLiteral("period"), year.isoFrom() + QStringLiteral(" to ") + year.isoTo()},
        {QStringLiteral("rows_per_table"), rows},
        {QStringLiteral("written_ms"), writtenMs},
        {QStringLiteral("store_bytes"), QFileInfo(driverPath).size()},
        {QStringLiteral("raw_store"), QStringLiteral("a byte copy of the driver's store")},
        {QStringLiteral("issue_6"), bench.context()},
    };
}

} // namespace alongside::bench
