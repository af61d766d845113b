#include "storage/repositories/CaseSearch.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>
#include <utility>

namespace alongside::core {

namespace {

constexpr int kMostWords = 16;
// The most index rows read to find distinct hits, so a word in every note stays quick.
constexpr int kMostRowsRead = 20000;

// What was typed, as an FTS4 query that cannot be a syntax error: only runs of letters and
// digits survive (so quotes, *, -, parentheses and ^ vanish), each is lower-cased (so OR, AND,
// NOT and NEAR are words, not operators) and becomes a quoted prefix term ("mone*"); FTS4
// joins terms with an implicit AND. unicode61 folds case and diacritics on both sides.
QString matchExpression(const QString& typed)
{
    QStringList terms;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty() && terms.size() < kMostWords)
            terms << u'"' + word.toLower() + QStringLiteral("*\"");
        word.clear();
    };
    for (const QChar c : typed.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            endWord();
    }
    endWord();
    return terms.join(u' ');
}

} // namespace

CaseSearch::CaseSearch(QSqlDatabase db) : m_db(std::move(db))
{}

std::vector<SearchHit> CaseSearch::search(const QString& text, int limit) const
{
    std::vector<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return hits;

    // First the hits, newest rows first (docid grows with the row it indexes), one per case
    // and source; reading case_id and source is cheap, a snippet is not.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT docid, case_id, source FROM case_search WHERE case_search MATCH ?"
                                 " ORDER BY docid DESC LIMIT ?"));
    query.addBindValue(expression);
    query.addBindValue(kMostRowsRead);
    if (!query.exec())
        return hits;
    QSet<std::pair<qint64, QString>> seen;
    std::vector<qint64> docids;
    while (static_cast<int>(hits.size()) < limit && query.next()) {
        SearchHit hit{query.value(1).toLongLong(), query.value(2).toString(), {}};
        if (seen.contains({hit.caseId, hit.source}))
            continue;
        seen.insert({hit.caseId, hit.source});
        docids.push_back(query.value(0).toLongLong());
        hits.push_back(std::move(hit));
    }
    query.finish();
    if (hits.empty())
        return hits;

    // Then snippets for those rows only. Plain text: the screens decide how to show the match.
    QStringList ids;
    for (const qint64 docid : docids)
        ids << QString::number(docid);
    query.prepare(QStringLiteral("SELECT docid, snippet(case_search, '', '', '…', 2, 12) FROM case_search"
                                 " WHERE case_search MATCH ? AND docid IN (%1)")
                      .arg(ids.join(u',')));
    query.addBindValue(expression);
    if (!query.exec())
        return hits;
    std::map<qint64, QString> snippets;
    while (query.next())
        snippets[query.value(0).toLongLong()] = query.value(1).toString();
    for (std::size_t i = 0; i < hits.size(); ++i)
        hits[i].snippet = snippets[docids[i]];
    return hits;
}

} // namespace alongside::core
