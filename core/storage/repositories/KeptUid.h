#pragma once

#include "storage/repositories/StoreWrite.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace alongside::core {

// A record that is saved again by replacing its row (the concern, the s.42 decision, an
// achievement, the closure: one per parent) keeps the uid it travels by (schema step 15), so
// it is the same record wherever the case goes. Read the uid before the old row is deleted;
// restore() gives it to the new row once that is in.
class KeptUid {
public:
    KeptUid(QSqlDatabase db, const char* table, const char* keyColumn, qint64 key)
        : m_db(std::move(db)), m_table(QLatin1String(table)), m_key(QLatin1String(keyColumn)), m_id(key)
    {
        m_uid = selectValue(m_db, QStringLiteral("SELECT uid FROM %1 WHERE %2 = ?").arg(m_table, m_key),
                            {m_id});
    }

    void restore() const
    {
        if (!m_uid.isValid() || m_uid.isNull())
            return;
        execute(m_db, QStringLiteral("UPDATE %1 SET uid = ? WHERE %2 = ?").arg(m_table, m_key),
                {m_uid, m_id});
    }

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_key;
    qint64 m_id;
    QVariant m_uid;
};

} // namespace alongside::core
