// SupervisionRepository: managers' sign-off of risk-enablement and wishes-override decisions.
#include "storage/repositories/StoredValues.h"
#include "storage/repositories/SupervisionRepository.h"
#include "storage/repositories/SupervisionWrite.h"

#include <QSqlQuery>

namespace alongside::core {

using supervision::require;

namespace {

QString subjectTable(SignOffSubject subject)
{
    return subject == SignOffSubject::RiskEnablement ? QStringLiteral("risk_enablement")
                                                     : QStringLiteral("wishes_override");
}

ManagerSignOff signOffFrom(const QSqlQuery& query)
{
    ManagerSignOff signOff;
    signOff.id = query.value(0).toLongLong();
    signOff.caseId = query.value(1).toLongLong();
    signOff.subject = valueOf(kSignOffSubjectCodes, query.value(2).toString()).value_or(SignOffSubject{});
    signOff.subjectId = query.value(3).toLongLong();
    signOff.name = query.value(4).toString();
    signOff.role = query.value(5).toString();
    signOff.signedOn = stored::toDate(query.value(6));
    signOff.comment = query.value(7).toString();
    signOff.supersedes = query.value(8).toLongLong();
    signOff.recordedBy = query.value(9).toString();
    signOff.recordedAt = stored::toMoment(query.value(10));
    return signOff;
}

const QString kSignOffColumns = QStringLiteral(
    "SELECT id, case_id, subject_kind, subject_id, signed_by, role, signed_on, comment, supersedes,"
    " recorded_by, recorded_at FROM manager_signoff");

} // namespace

CaseWriteResult SupervisionRepository::signOff(const ManagerSignOff& signOff)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        require(!signOff.name.trimmed().isEmpty(), "A sign-off needs the name of the manager giving it.");
        require(!signOff.role.trimmed().isEmpty(), "A sign-off needs the manager's role.");
        require(signOff.signedOn.isValid(), "A sign-off needs the day it was given.");
        require(signOff.signedOn <= now.date(), "A sign-off cannot be dated in the future.");
        // The subject's own case, straight from its table: a sign-off belongs with its decision.
        const QVariant subjectCase = selectValue(
            m_db, QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(subjectTable(signOff.subject)),
            {signOff.subjectId});
        require(subjectCase.isValid() && subjectCase.toLongLong() == signOff.caseId,
                "That decision is not part of this case.");
        const std::optional<ManagerSignOff> earlier = currentSignOff(signOff.subject, signOff.subjectId);
        const QString kind = codeOf(kSignOffSubjectCodes, signOff.subject);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral("INSERT INTO manager_signoff (case_id, subject_kind, subject_id, signed_by, role,"
                           " signed_on, comment, supersedes, recorded_by, recorded_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {signOff.caseId, kind, signOff.subjectId, signOff.name.trimmed(), signOff.role.trimmed(),
             stored::date(signOff.signedOn), stored::text(signOff.comment.trimmed()),
             earlier ? QVariant(earlier->id) : QVariant(), m_practitioner, history.at()});
        history.recordChanges(
            signOff.caseId, QStringLiteral("manager sign-off"), id, {},
            {{QStringLiteral("decision"), kind + u' ' + QString::number(signOff.subjectId)},
             {QStringLiteral("signed by"), signOff.name.trimmed()},
             {QStringLiteral("role"), signOff.role.trimmed()},
             {QStringLiteral("signed on"), stored::shown(signOff.signedOn)},
             {QStringLiteral("comment"), signOff.comment.trimmed()},
             {QStringLiteral("supersedes"), earlier ? QString::number(earlier->id) : QString()}});
        return id;
    });
}

std::vector<ManagerSignOff> SupervisionRepository::signOffsFor(qint64 caseId) const
{
    std::vector<ManagerSignOff> found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSignOffColumns + QStringLiteral(" WHERE case_id = ? ORDER BY id"));
    query.addBindValue(caseId);
    query.exec();
    while (query.next())
        found.push_back(signOffFrom(query));
    return found;
}

std::optional<ManagerSignOff> SupervisionRepository::currentSignOff(SignOffSubject subject,
                                                                    qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSignOffColumns
                  + QStringLiteral(" WHERE subject_kind = ? AND subject_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(codeOf(kSignOffSubjectCodes, subject));
    query.addBindValue(subjectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return signOffFrom(query);
}

std::vector<SignOffCandidate> SupervisionRepository::decisionsFor(qint64 caseId) const
{
    std::vector<SignOffCandidate> found;
    const auto read = [&](SignOffSubject subject, const QString& sql) {
        if (!hasTable(subjectTable(subject)))
            return;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(caseId);
        query.exec();
        while (query.next())
            found.push_back({caseId, static_cast<int>(subject), query.value(0).toLongLong(),
                             stored::toDate(query.value(1)), query.value(2).toString()});
    };
    read(SignOffSubject::RiskEnablement,
         QStringLiteral("SELECT id, substr(created_at, 1, 10), activity FROM risk_enablement"
                        " WHERE case_id = ? ORDER BY id"));
    read(SignOffSubject::WishesOverride,
         QStringLiteral("SELECT id, recorded_on, '' FROM wishes_override WHERE case_id = ? ORDER BY id"));
    return found;
}

} // namespace alongside::core
