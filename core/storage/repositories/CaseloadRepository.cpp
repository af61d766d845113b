#include "storage/repositories/CaseloadRepository.h"

#include "storage/repositories/CaseloadRows.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace alongside::core {

namespace {

const QString kStoredOrder = QStringLiteral("is_closed, concern_received_on DESC, case_id DESC");

QString whereFor(const CaseloadView& view, QVariantList* values, const QString& nowText)
{
    QStringList conditions;
    switch (view.show) {
    case CaseloadView::Show::All:
        break;
    case CaseloadView::Show::Open:
        conditions << QStringLiteral("is_closed = 0");
        break;
    case CaseloadView::Show::Closed:
        conditions << QStringLiteral("is_closed = 1");
        break;
    case CaseloadView::Show::SomethingMissing:
        // A flag is raised from the earliest of its moments on (rules/CaseloadFlags.h).
        conditions << QStringLiteral("flags_from <= ?");
        values->append(nowText);
        break;
    }
    if (view.only) {
        QStringList ids;
        ids.reserve(view.only->size());
        for (const qint64 id : *view.only)
            ids << QString::number(id); // integers only: nothing typed reaches the SQL text
        conditions
            << QStringLiteral("case_id IN (%1)").arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(u','));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The ORDER BY for a view; `values` gets what it binds. Ties keep the stored order, as a
// stable sort of the stored order would.
QString orderFor(const CaseloadView& view, QVariantList* values, const QString& nowText, const QDate& today)
{
    const QString direction = view.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (view.sort) {
    case CaseloadView::Sort::AsStored:
        return QStringLiteral(" ORDER BY ") + kStoredOrder;
    case CaseloadView::Sort::Person:
        key = QStringLiteral("person_sort");
        break;
    case CaseloadView::Sort::Reference:
        key = QStringLiteral("reference");
        break;
    case CaseloadView::Sort::HeldBy:
        // This store's own cases (NULL) first, then by colleague, from its index.
        key = QStringLiteral("held_by");
        break;
    case CaseloadView::Sort::Stage:
        key = QStringLiteral("stage");
        break;
    case CaseloadView::Sort::DaysOpen:
        // Days from the concern to closure, or to today while open.
        key = QStringLiteral(
            "coalesce(julianday(coalesce(closed_on, ?)) - julianday(concern_received_on), 0)");
        values->append(today.toString(Qt::ISODate));
        break;
    case CaseloadView::Sort::NextAction:
        // Nothing due sorts after every date.
        key = QStringLiteral("next_due IS NULL%1, next_due").arg(direction);
        break;
    case CaseloadView::Sort::Flags:
        key = QStringLiteral(
            "flags_always + coalesce(no_contact_from <= ?, 0) + coalesce(not_revisited_from <= ?, 0)"
            " + coalesce(risk_review_from <= ?, 0)");
        *values << nowText << nowText << nowText;
        break;
    }
    return QStringLiteral(" ORDER BY %1%2, %3").arg(key, direction, kStoredOrder);
}

QString nowAsStored(const QDateTime& now)
{
    return wallClockText(now.date(), now.time());
}

} // namespace

CaseloadRepository::CaseloadRepository(QSqlDatabase db) : m_db(std::move(db))
{}

void CaseloadRepository::bringUpToDate() const
{
    // Cases changed outside a repository write (an import, a draft) are marked stale by the
    // schema's triggers; their rows are rebuilt before anyone reads them.
    refreshCaseloadRows(m_db);
}

std::vector<CaseSummary> CaseloadRepository::allCases() const
{
    return page({}, QDateTime::currentDateTime(), 0, -1);
}

std::vector<CaseSummary> CaseloadRepository::page(const CaseloadView& view, const QDateTime& now, int offset,
                                                  int limit) const
{
    bringUpToDate();
    const QString nowText = nowAsStored(now);
    QVariantList values;
    const QString where = whereFor(view, &values, nowText);
    QVariantList orderValues;
    const QString order = orderFor(view, &orderValues, nowText, now.date());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool computedSort = view.sort == CaseloadView::Sort::Flags
        || view.sort == CaseloadView::Sort::DaysOpen;
    if (limit >= 0 && computedSort) {
        // A sort by a value worked out from now has no index to follow, so every case is
        // looked at: choose the page's cases from the narrow index that holds all such a sort
        // reads (caseload_row_by_flag_moments), then read only those rows whole.
        query.prepare(QStringLiteral("SELECT %1 FROM caseload_row WHERE case_id IN ("
                                     "SELECT case_id FROM caseload_row%2%3 LIMIT ? OFFSET ?)%3")
                          .arg(caseloadRowColumns(), where, order));
        for (const QVariant& value : values + orderValues)
            query.addBindValue(value);
        query.addBindValue(limit);
        query.addBindValue(offset);
        for (const QVariant& value : orderValues)
            query.addBindValue(value);
    } else {
        // Every case (limit < 0) has no LIMIT at all, so the whole caseload is one plain statement.
        const QString slice = limit < 0 ? QString() : QStringLiteral(" LIMIT ? OFFSET ?");
        query.prepare(QStringLiteral("SELECT %1 FROM caseload_row%2%3%4")
                          .arg(caseloadRowColumns(), where, order, slice));
        for (const QVariant& value : values + orderValues)
            query.addBindValue(value);
        if (limit >= 0) {
            query.addBindValue(limit);
            query.addBindValue(offset);
        }
    }
    std::vector<CaseSummary> cases;
    if (!query.exec())
        return cases;
    if (limit > 0)
        cases.reserve(static_cast<std::size_t>(limit));
    while (query.next())
        cases.push_back(readCaseloadRow(query));
    return cases;
}

qint64 CaseloadRepository::count(const CaseloadView& view, const QDateTime& now) const
{
    bringUpToDate();
    QVariantList values;
    const QString where = whereFor(view, &values, nowAsStored(now));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM caseload_row") + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 CaseloadRepository::positionOf(qint64 caseId, const CaseloadView& view, const QDateTime& now) const
{
    // Rare (after a write, to keep the selection): read the ids in order, nothing else.
    bringUpToDate();
    const QString nowText = nowAsStored(now);
    QVariantList values;
    const QString where = whereFor(view, &values, nowText);
    const QString order = orderFor(view, &values, nowText, now.date());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT case_id FROM caseload_row") + where + order);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return -1;
    for (qint64 position = 0; query.next(); ++position) {
        if (query.value(0).toLongLong() == caseId)
            return position;
    }
    return -1;
}

qint64 CaseloadRepository::countRows(const QString& table) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool CaseloadRepository::holdsOthersCases() const
{
    bringUpToDate();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    return query.exec(QStringLiteral("SELECT 1 FROM caseload_row WHERE held_by IS NOT NULL LIMIT 1"))
        && query.next();
}

qint64 CaseloadRepository::countCases() const
{
    return countRows(QStringLiteral("safeguarding_case"));
}

qint64 CaseloadRepository::countPeople() const
{
    return countRows(QStringLiteral("person"));
}

qint64 CaseloadRepository::countNotes() const
{
    return countRows(QStringLiteral("case_note"));
}

} // namespace alongside::core
