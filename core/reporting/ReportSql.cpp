#include "reporting/ReportSql.h"

#include "reporting/ReportRepository.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace alongside::core::reportsql {

EnquiryScope concludedEnquiries(const ReportPeriod& period)
{
    return {QStringLiteral(" FROM closure x CROSS JOIN safeguarding_case c ON c.id = x.case_id"
                           " JOIN section42_decision d ON d.case_id = c.id"),
            QStringLiteral(" WHERE x.closed_on BETWEEN ? AND ? AND d.decision = 'section-42-enquiry'"),
            {period.isoFrom(), period.isoTo()}};
}

EnquiryScope gatheredEnquiries()
{
    return {
        QStringLiteral(" FROM temp.report_enquiry e CROSS JOIN safeguarding_case c ON c.id = e.id"
                       " JOIN closure x ON x.case_id = c.id JOIN section42_decision d ON d.case_id = c.id"),
        QStringLiteral(" WHERE 1"),
        {}};
}

void gather(const QSqlDatabase& db, const ReportPeriod& period)
{
    run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_enquiry (id INTEGER PRIMARY KEY)"), {});
    run(db, QStringLiteral("DELETE FROM temp.report_enquiry"), {});
    const EnquiryScope concluded = concludedEnquiries(period);
    run(db,
        QStringLiteral("INSERT INTO temp.report_enquiry (id) SELECT c.id") + concluded.from + concluded.where,
        concluded.binds);
}

void release(const QSqlDatabase& db)
{
    run(db, QStringLiteral("DROP TABLE IF EXISTS temp.report_enquiry"), {});
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto refused = [&query] {
        return ReportFailed{QCoreApplication::translate("alongside::core::ReportRepository",
                                                        "The store could not produce the report."),
                            query.lastError().text()};
    };
    if (!query.prepare(sql))
        throw refused();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw refused();
    return query;
}

std::vector<qint64> idList(const QVariant& concatenated)
{
    std::vector<qint64> ids;
    if (concatenated.isNull())
        return ids;
    // group_concat writes decimal ids separated by commas; read them without splitting into
    // strings (a table over 50,000 enquiries carries that many ids).
    const QString text = concatenated.toString();
    qint64 value = 0;
    bool inNumber = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9') {
            value = value * 10 + (c - u'0');
            inNumber = true;
        } else {
            if (inNumber)
                ids.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.push_back(value);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace alongside::core::reportsql
