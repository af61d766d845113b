#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace alongside::core {

struct SearchHit {
    qint64 caseId = 0;
    QString source;  // "person", "note", "conversation", "words", "concern", "outcome"
    QString snippet; // a short extract around the match, plain text
};

// Full-text search (SQLite FTS4) across people's names, the concern, notes, conversations,
// desired outcomes and the person's own words. The index is kept by triggers in the schema.
class CaseSearch {
public:
    explicit CaseSearch(QSqlDatabase db);

    // `text` is what the practitioner typed: words are matched as prefixes ("mone" finds
    // "money"), all must appear; FTS syntax characters are neutralised, never an error.
    // Newest first, at most one hit per case and source.
    std::vector<SearchHit> search(const QString& text, int limit = 200) const;

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
