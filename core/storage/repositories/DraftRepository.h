#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace alongside::core {

// Where a piece of unsaved text belongs: which case (0 for none: the quick note, a case not
// yet created), which part of the case it is shown in (so the part can say a draft is
// waiting), which form, and which record the form changes (0 for a new one).
struct DraftPlace {
    qint64 caseId = 0;
    QString part; // "closing", "notes"…; empty when not about a case
    QString form; // "risk-note", "concern", "quick-note"…
    qint64 recordId = 0;

    // The stored key: "quick-note", "conversation:12", "risk-note:12:7".
    QString key() const;
    bool isValid() const { return !form.isEmpty(); }
    bool operator==(const DraftPlace& other) const = default;
};

struct Draft {
    QString key;
    QString body;
    QDateTime savedAt;
    DraftPlace place;
};

// Unsaved text, kept inside the encrypted store (never in a clear temp file) as it is typed
// and before the store locks. A draft lasts only until its record is saved or it is
// discarded; the form that kept it deletes it then.
class DraftRepository {
public:
    explicit DraftRepository(QSqlDatabase db);

    // Returns false (and keeps nothing half-written) if the store refused the write.
    bool save(const DraftPlace& place, const QString& body, const QDateTime& savedAt);
    std::optional<Draft> find(const DraftPlace& place) const;
    bool discard(const DraftPlace& place);

    // By key alone (drafts kept before places had columns, and tests).
    bool save(const QString& key, const QString& body, const QDateTime& savedAt);
    std::optional<Draft> find(const QString& key) const;
    bool discard(const QString& key);

    // Every draft waiting in one case, oldest first.
    std::vector<Draft> forCase(qint64 caseId) const;
    // The parts of a case with a draft waiting, each once.
    QStringList partsWaiting(qint64 caseId) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
