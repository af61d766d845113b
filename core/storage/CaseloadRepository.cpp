#include "storage/CaseloadRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

CaseloadRepository::CaseloadRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<CaseSummary> CaseloadRepository::allCases() const
{
    std::vector<CaseSummary> cases;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT c.id, c.reference,"
        " coalesce(p.preferred_name, p.given_name || ' ' || p.family_name),"
        " c.stage, c.concern_received_on, c.closed_on,"
        " (SELECT count(*) FROM case_note n WHERE n.case_id = c.id)"
        " FROM safeguarding_case c JOIN person p ON p.id = c.person_id"
        " ORDER BY c.closed_on IS NOT NULL, c.concern_received_on DESC, c.id DESC"));
    while (query.next()) {
        CaseSummary summary;
        summary.caseId = query.value(0).toLongLong();
        summary.reference = query.value(1).toString();
        summary.personName = query.value(2).toString();
        summary.stage = query.value(3).toString();
        summary.concernReceivedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        summary.closedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        summary.noteCount = query.value(6).toLongLong();
        cases.push_back(std::move(summary));
    }
    return cases;
}

qint64 CaseloadRepository::countRows(const QString& table) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
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
