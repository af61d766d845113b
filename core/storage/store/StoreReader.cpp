#include "storage/store/StoreReader.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"

#include <QSqlError>
#include <QThread>

#include <chrono>

namespace alongside::core {

namespace {

bool openReadOnly(SqlCipherDriver& driver, const QString& path, const SecretBytes& rawKeySpec, QString* error)
{
    if (driver.openWithKey(path, rawKeySpec, SqlCipherDriver::OpenMode::ExistingFile)
        && execSql(driver.connection(), "PRAGMA query_only = 1") == SQLITE_OK)
        return true;
    if (error)
        *error = driver.lastError().text();
    driver.close();
    return false;
}

} // namespace

std::shared_ptr<StoreReader> StoreReader::open(const QString& path, const SecretBytes& rawKeySpec,
                                               const QString& connectionName, QString* error)
{
    auto* driver = new SqlCipherDriver;
    if (!openReadOnly(*driver, path, rawKeySpec, error)) {
        delete driver;
        return nullptr;
    }
    QSqlDatabase::addDatabase(driver, connectionName);
    // Belongs to no thread until a worker takes it (Qt allows pulling such an object into the
    // current thread, never pulling it from another thread).
    driver->moveToThread(nullptr);
    return std::shared_ptr<StoreReader>(new StoreReader(connectionName, driver));
}

StoreReader::StoreReader(QString connectionName, SqlCipherDriver* driver)
    : m_name(std::move(connectionName)), m_driver(driver)
{}

StoreReader::~StoreReader()
{
    close();
}

void StoreReader::giveBack()
{
    m_driver->moveToThread(nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_busy = false;
    }
    m_free.notify_all();
}

bool StoreReader::read(const std::function<void(const QSqlDatabase&)>& read)
{
    {
        std::unique_lock lock(m_mutex);
        m_free.wait(lock, [this] { return (!m_busy && !m_suspended) || m_closed; });
        if (m_closed)
            return false;
        m_busy = true;
    }
    m_driver->moveToThread(QThread::currentThread());
    try {
        read(QSqlDatabase::database(m_name, false));
    } catch (...) {
        giveBack();
        throw;
    }
    giveBack();
    return true;
}

void StoreReader::close()
{
    {
        std::unique_lock lock(m_mutex);
        if (m_closed && !m_driver)
            return;
        m_closed = true;
        // sqlite3_interrupt may be called from any thread. A reader between two queries would
        // start the next one uninterrupted, so it is repeated until the read has ended.
        while (m_busy) {
            sqlite3_interrupt(m_driver->connection());
            m_free.wait_for(lock, std::chrono::milliseconds(5));
        }
    }
    m_free.notify_all(); // readers waiting for their turn learn that there is none
    if (!m_driver)
        return;
    m_driver->moveToThread(QThread::currentThread());
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name); // deletes the driver
    m_driver = nullptr;
}

void StoreReader::suspend()
{
    {
        std::unique_lock lock(m_mutex);
        if (m_closed || !m_driver)
            return;
        m_suspended = true;
        while (m_busy) {
            sqlite3_interrupt(m_driver->connection());
            m_free.wait_for(lock, std::chrono::milliseconds(5));
        }
    }
    // No read is under way and none can start: the connection is this thread's to close.
    m_driver->moveToThread(QThread::currentThread());
    m_driver->close();
}

bool StoreReader::resume(const QString& path, const SecretBytes& rawKeySpec, QString* error)
{
    bool opened = false;
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed || !m_driver)
            return false;
        opened = openReadOnly(*m_driver, path, rawKeySpec, error);
        m_driver->moveToThread(nullptr);
        m_suspended = false;
        m_closed = !opened;
    }
    m_free.notify_all();
    return opened;
}

} // namespace alongside::core
