#include "storage/driver/SqlCipherStatement.h"

#include "storage/driver/SqlCipherApi.h"

namespace alongside::core {

SqlCipherStatement::SqlCipherStatement(sqlite3* db, const QByteArray& sql)
{
    m_prepareStatus = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_statement,
                                         nullptr);
}

SqlCipherStatement::~SqlCipherStatement()
{
    sqlite3_finalize(m_statement);
}

int SqlCipherStatement::step()
{
    return m_statement ? sqlite3_step(m_statement) : m_prepareStatus;
}

int SqlCipherStatement::reset()
{
    return sqlite3_reset(m_statement);
}

QString SqlCipherStatement::text(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column));
}

qint64 SqlCipherStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqlCipherStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QMetaType metaTypeForDeclaredType(const QString& declared)
{
    // SQLite's type affinity rules (datatype3 §3.1), in their order of precedence.
    const QString type = declared.toUpper();
    if (type.isEmpty())
        return QMetaType();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>(); // NUMERIC affinity: our dates and decimals are text
}

} // namespace alongside::core
