#include "storage/repositories/CapacityRepository.h"

#include "codecs/CheckInputReader.h"
#include "codecs/CheckInputWriter.h"
#include "model/CheckVocabulary.h"
#include "storage/repositories/LegalRecordWrites.h"
#include "storage/repositories/StoredValues.h"

namespace alongside::core {

using namespace legalrecords;

namespace {

const QString kDoubt = QStringLiteral("capacity doubt");
const QString kAssessment = QStringLiteral("capacity assessment");
const QString kBestInterests = QStringLiteral("best-interests decision");
const QString kCase = QStringLiteral("case");

const char* const kNoAssessment = QT_TRANSLATE_NOOP("alongside::core::LegalRecords",
                                                    "There is no capacity assessment %1 in this case.");
const char* const kNoDecision = QT_TRANSLATE_NOOP("alongside::core::LegalRecords",
                                                  "There is no best-interests decision %1 in this case.");

// MCA 2005 s.2(1): capacity is about one matter at one time, so an assessment names the
// decision and the day; it records what happened, so the day is not after today.
void checkAssessment(const CapacityAssessment& assessment, const QDate& today)
{
    requireText(assessment.decision, LegalRecordText::tr("Capacity assessment, the decision"));
    requireDayNotAfter(assessment.assessedOn, today,
                       LegalRecordText::tr("Capacity assessment, the date it was made"));
}

void checkBestInterests(const BestInterestsDecision& decision, const QDate& today)
{
    requireText(decision.decision, LegalRecordText::tr("Best-interests decision, the decision"));
    requireDayNotAfter(decision.decidedOn, today,
                       LegalRecordText::tr("Best-interests decision, the date it was made"));
}

// SAC SG3a codes; "" is "Not recorded".
bool isCapacityCode(const QString& code)
{
    return code.isEmpty() || code == QLatin1String("yes") || code == QLatin1String("no")
        || code == QLatin1String("dont-know");
}

CapacityAssessment assessmentFrom(const QVariant& text)
{
    return readCapacityInput(text.toString().toUtf8(), JsonOrigin::OwnStore).value;
}

BestInterestsDecision bestInterestsFrom(const QVariant& text)
{
    return readBestInterestsInput(text.toString().toUtf8(), JsonOrigin::OwnStore).value;
}

const QString kAssessmentColumns = QStringLiteral(
    "SELECT id, case_id, doubt_id, record, created_at, updated_at FROM capacity_assessment");
const QString kBestInterestsColumns = QStringLiteral(
    "SELECT id, case_id, assessment_id, record, created_at, updated_at FROM best_interests_decision");

StoredCapacityAssessment storedAssessment(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(),      query.value(1).toLongLong(),
            toOptionalId(query.value(2)),     assessmentFrom(query.value(3)),
            stored::toMoment(query.value(4)), stored::toMoment(query.value(5))};
}

StoredBestInterestsDecision storedBestInterests(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(),      query.value(1).toLongLong(),
            toOptionalId(query.value(2)),     bestInterestsFrom(query.value(3)),
            stored::toMoment(query.value(4)), stored::toMoment(query.value(5))};
}

} // namespace

CapacityRepository::CapacityRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

CaseWriteResult CapacityRepository::noteDoubt(qint64 caseId, const QString& decision, const QDate& notedOn,
                                              const QString& why)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        requireText(decision, LegalRecordText::tr("Doubt about capacity, the decision"));
        requireDayNotAfter(notedOn, now.date(),
                           LegalRecordText::tr("Doubt about capacity, the date it arose"));
        const qint64 id = insertRow(
            m_db,
            QStringLiteral("INSERT INTO capacity_doubt (case_id, decision, noted_on, why,"
                           " created_at) VALUES (?, ?, ?, ?, ?)"),
            {caseId, decision, stored::date(notedOn), stored::text(why), stored::moment(now)});
        history.recordChanges(caseId, kDoubt, id, {},
                              {{QStringLiteral("decision"), decision},
                               {QStringLiteral("noted on"), stored::shown(notedOn)},
                               {QStringLiteral("why"), why}});
        return id;
    });
}

std::vector<StoredCapacityDoubt> CapacityRepository::doubts(qint64 caseId) const
{
    std::vector<StoredCapacityDoubt> found;
    QSqlQuery query = preparedRead(
        m_db,
        QStringLiteral("SELECT id, decision, noted_on, why, created_at FROM capacity_doubt"
                       " WHERE case_id = ? ORDER BY noted_on, id"),
        {caseId});
    if (!query.exec())
        return found;
    while (query.next()) {
        found.push_back(
            {query.value(0).toLongLong(),
             caseId,
             {query.value(1).toString(), stored::toDate(query.value(2)), query.value(3).toString()},
             stored::toMoment(query.value(4))});
    }
    return found;
}

CaseWriteResult CapacityRepository::addAssessment(qint64 caseId, const CapacityAssessment& assessment,
                                                  std::optional<qint64> doubtId)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        checkAssessment(assessment, now.date());
        if (doubtId)
            requireRowOfCase(m_db, QStringLiteral("capacity_doubt"), *doubtId, caseId,
                             QT_TRANSLATE_NOOP("alongside::core::LegalRecords",
                                               "There is no doubt about capacity %1 in this case."));
        const QJsonObject record = capacityToJson(assessment);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral(
                "INSERT INTO capacity_assessment (case_id, doubt_id, decision, assessed_on, assessor,"
                " conclusion, record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, optionalId(doubtId), assessment.decision, stored::date(assessment.assessedOn),
             stored::text(assessment.assessor), storageCode(assessment.conclusion),
             QString::fromUtf8(checkInputText(record)), stored::moment(now), stored::moment(now)});
        if (doubtId)
            history.recordChange(caseId, kAssessment, id, QStringLiteral("answers doubt"), {},
                                 QString::number(*doubtId));
        history.recordChanges(caseId, kAssessment, id, {}, fieldsOfJson(record));
        return id;
    });
}

CaseWriteResult CapacityRepository::updateAssessment(qint64 assessmentId,
                                                     const CapacityAssessment& assessment)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        const qint64 caseId = caseOfRow(m_db, QStringLiteral("capacity_assessment"), assessmentId,
                                        kNoAssessment);
        checkAssessment(assessment, now.date());
        const QJsonObject before = jsonObjectOf(selectValue(
            m_db, QStringLiteral("SELECT record FROM capacity_assessment WHERE id = ?"), {assessmentId}));
        const QJsonObject after = capacityToJson(assessment);
        execute(m_db,
                QStringLiteral("UPDATE capacity_assessment SET decision = ?, assessed_on = ?, assessor = ?,"
                               " conclusion = ?, record = ?, updated_at = ? WHERE id = ?"),
                {assessment.decision, stored::date(assessment.assessedOn), stored::text(assessment.assessor),
                 storageCode(assessment.conclusion), QString::fromUtf8(checkInputText(after)),
                 stored::moment(now), assessmentId});
        history.recordChanges(caseId, kAssessment, assessmentId, fieldsOfJson(before), fieldsOfJson(after));
        return assessmentId;
    });
}

std::vector<StoredCapacityAssessment> CapacityRepository::assessments(qint64 caseId) const
{
    std::vector<StoredCapacityAssessment> found;
    QSqlQuery query = preparedRead(
        m_db, kAssessmentColumns + QStringLiteral(" WHERE case_id = ? ORDER BY assessed_on, id"), {caseId});
    if (!query.exec())
        return found;
    while (query.next())
        found.push_back(storedAssessment(query));
    return found;
}

std::optional<StoredCapacityAssessment> CapacityRepository::assessment(qint64 assessmentId) const
{
    QSqlQuery query = preparedRead(m_db, kAssessmentColumns + QStringLiteral(" WHERE id = ?"),
                                   {assessmentId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return storedAssessment(query);
}

CaseWriteResult CapacityRepository::addBestInterests(qint64 caseId, const BestInterestsDecision& decision,
                                                     std::optional<qint64> assessmentId)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        checkBestInterests(decision, now.date());
        if (assessmentId)
            requireRowOfCase(m_db, QStringLiteral("capacity_assessment"), *assessmentId, caseId,
                             kNoAssessment);
        const QJsonObject record = bestInterestsToJson(decision);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral(
                "INSERT INTO best_interests_decision (case_id, assessment_id, decision, decided_on,"
                " decision_maker, record, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, optionalId(assessmentId), decision.decision, stored::date(decision.decidedOn),
             stored::text(decision.decisionMaker), QString::fromUtf8(checkInputText(record)),
             stored::moment(now), stored::moment(now)});
        if (assessmentId)
            history.recordChange(caseId, kBestInterests, id, QStringLiteral("follows assessment"), {},
                                 QString::number(*assessmentId));
        history.recordChanges(caseId, kBestInterests, id, {}, fieldsOfJson(record));
        return id;
    });
}

CaseWriteResult CapacityRepository::updateBestInterests(qint64 decisionId,
                                                        const BestInterestsDecision& decision)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        const qint64 caseId = caseOfRow(m_db, QStringLiteral("best_interests_decision"), decisionId,
                                        kNoDecision);
        checkBestInterests(decision, now.date());
        const QJsonObject before = jsonObjectOf(selectValue(
            m_db, QStringLiteral("SELECT record FROM best_interests_decision WHERE id = ?"), {decisionId}));
        const QJsonObject after = bestInterestsToJson(decision);
        execute(m_db,
                QStringLiteral(
                    "UPDATE best_interests_decision SET decision = ?, decided_on = ?, decision_maker = ?,"
                    " record = ?, updated_at = ? WHERE id = ?"),
                {decision.decision, stored::date(decision.decidedOn), stored::text(decision.decisionMaker),
                 QString::fromUtf8(checkInputText(after)), stored::moment(now), decisionId});
        history.recordChanges(caseId, kBestInterests, decisionId, fieldsOfJson(before), fieldsOfJson(after));
        return decisionId;
    });
}

std::vector<StoredBestInterestsDecision> CapacityRepository::bestInterestsDecisions(qint64 caseId) const
{
    std::vector<StoredBestInterestsDecision> found;
    QSqlQuery query = preparedRead(
        m_db, kBestInterestsColumns + QStringLiteral(" WHERE case_id = ? ORDER BY decided_on, id"), {caseId});
    if (!query.exec())
        return found;
    while (query.next())
        found.push_back(storedBestInterests(query));
    return found;
}

std::optional<StoredBestInterestsDecision> CapacityRepository::bestInterests(qint64 decisionId) const
{
    QSqlQuery query = preparedRead(m_db, kBestInterestsColumns + QStringLiteral(" WHERE id = ?"),
                                   {decisionId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return storedBestInterests(query);
}

CaseWriteResult CapacityRepository::setEnquiryCapacity(qint64 caseId, const QString& lackedCapacity,
                                                       const QString& supportedBy)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        if (!isCapacityCode(lackedCapacity))
            refuse(LegalRecordText::tr("Lacked capacity (SAC SG3a): “%1” is not one of yes, no or dont-know.")
                       .arg(lackedCapacity));
        if (!supportedBy.isEmpty() && supportedBy != QLatin1String("yes")
            && supportedBy != QLatin1String("no"))
            refuse(LegalRecordText::tr(
                       "Supported by an advocate, family or friend (SAC SG3a): “%1” is not yes or no.")
                       .arg(supportedBy));
        // SG3a asks about support only of those who lacked capacity.
        if (!supportedBy.isEmpty() && lackedCapacity != QLatin1String("yes"))
            refuse(LegalRecordText::tr(
                "Supported by an advocate, family or friend (SAC SG3a) is recorded only when the person "
                "lacked capacity."));
        const std::optional<EnquiryCapacity> before = enquiryCapacity(caseId);
        execute(m_db,
                QStringLiteral(
                    "UPDATE safeguarding_case SET lacked_capacity = ?, capacity_support = ? WHERE id = ?"),
                {stored::text(lackedCapacity), stored::text(supportedBy), caseId});
        history.recordChanges(
            caseId, kCase, caseId,
            {{QStringLiteral("lacked capacity (SAC)"), before ? before->lackedCapacity : QString()},
             {QStringLiteral("capacity support (SAC)"), before ? before->supportedBy : QString()}},
            {{QStringLiteral("lacked capacity (SAC)"), lackedCapacity},
             {QStringLiteral("capacity support (SAC)"), supportedBy}});
        return caseId;
    });
}

std::optional<EnquiryCapacity> CapacityRepository::enquiryCapacity(qint64 caseId) const
{
    QSqlQuery query = preparedRead(
        m_db, QStringLiteral("SELECT lacked_capacity, capacity_support FROM safeguarding_case WHERE id = ?"),
        {caseId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return EnquiryCapacity{query.value(0).toString(), query.value(1).toString()};
}

} // namespace alongside::core
