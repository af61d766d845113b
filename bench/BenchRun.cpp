#include "BenchRun.h"

#include "DriverWorkload.h"
#include "MachineInfo.h"
#include "ProcessMemory.h"
#include "RawWorkload.h"
#include "ResultCheck.h"
#include "StatementCapture.h"

#include "storage/CaseloadRepository.h"
#include "storage/CipherSettings.h"
#include "storage/KeyDerivation.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherApi.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StoreFile.h"

#include <QDir>
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
    generate();
    benchBulkInsert();
    benchOpen();
    openForQueries();
    m_report.setResultsVerified(verifyResults());
    benchQueries();
    m_report.setContext(context());
    closeStores();
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
                                   driver, raw, m_options.repeat, /*warmUps=*/1));
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

    m_report.addComparison(
        compare("open + first query (key already derived)", driver, raw, m_options.repeat));
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
    const auto* driver = qobject_cast<const core::SqlCipherDriver*>(db.driver());
    if (!driver)
        throw std::runtime_error("the store's connection is not an SqlCipherDriver");
    {
        const StatementCapture capture(driver->connection());
        m_repositoryCases = core::CaseloadRepository(db).allCases().size();
        m_caseloadSql = capture.firstSelect();
    }
    if (m_caseloadSql.empty())
        throw std::runtime_error("CaseloadRepository::allCases() ran no SELECT to time");
}

bool BenchRun::verifyResults()
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
    m_report.addComparison(compare(
        QStringLiteral("caseload list (%1 cases, all columns)").arg(m_options.cases).toStdString(),
        Side{{}, [&] { m_sink += static_cast<qint64>(driver.caseload(caseloadSql).size()); }, {}},
        Side{{}, [&] { m_sink += static_cast<qint64>(raw.caseload(m_caseloadSql).size()); }, {}}, repeat));

    m_progress << "one case with its notes…\n" << Qt::flush;
    m_report.addComparison(compare(
        QStringLiteral("one case with its %1 notes").arg(m_shape.featuredNoteCount).toStdString(),
        Side{{}, [&] { m_sink += static_cast<qint64>(driver.caseFile(featured).notes.size()); }, {}},
        Side{{}, [&] { m_sink += static_cast<qint64>(raw.caseFile(featured).notes.size()); }, {}}, repeat));

    m_progress << "notes per stage…\n" << Qt::flush;
    m_report.addComparison(
        compare("notes per stage (join + GROUP BY)",
                Side{{}, [&] { m_sink += static_cast<qint64>(driver.notesPerStage().size()); }, {}},
                Side{{}, [&] { m_sink += static_cast<qint64>(raw.notesPerStage().size()); }, {}}, repeat));
}

void BenchRun::closeStores()
{
    m_driverStore.reset();
    m_raw.reset();
}

QJsonObject BenchRun::context() const
{
    const QString cipherVersion = core::cipherVersion(m_raw->handle());
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
        {QStringLiteral("checksum"), m_sink},
    };
}

} // namespace alongside::bench
