#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace alongside::core {

struct Draft {
    QString key;
    QString body;
    QDateTime savedAt;
};

// Unsaved text, kept inside the encrypted store (never in a clear temp file) as it is typed
// and before the store locks. A key names the place the text belongs, e.g. "quick-note".
class DraftRepository {
public:
    explicit DraftRepository(QSqlDatabase db);

    // Returns false (and keeps nothing half-written) if the store refused the write.
    bool save(const QString& key, const QString& body, const QDateTime& savedAt);
    std::optional<Draft> find(const QString& key) const;
    bool discard(const QString& key);
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
