#include "storage/repositories/AdvocacyRepository.h"

#include "codecs/CheckInputReader.h"
#include "codecs/CheckInputWriter.h"
#include "model/CheckVocabulary.h"
#include "model/CodeTable.h"
#include "storage/repositories/LegalRecordWrites.h"
#include "storage/repositories/StoredValues.h"

namespace alongside::core {

using namespace legalrecords;

namespace {

const QString kCheck = QStringLiteral("advocacy check");
const QString kReferral = QStringLiteral("advocate referral");
const QString kWishes = QStringLiteral("wishes override");

// The summary answers as the advocacy_check table stores them (schema step 4).
constexpr CodeTable<AdvocacyDecision, 3> kCareActResult{{{AdvocacyDecision::Required, "required"},
                                                         {AdvocacyDecision::NotRequired, "not-required"},
                                                         {AdvocacyDecision::CannotTellYet, "cannot-tell"}}};
constexpr CodeTable<ImcaDuty, 4> kImcaResult{{{ImcaDuty::Must, "must"},
                                              {ImcaDuty::May, "may"},
                                              {ImcaDuty::DoesNotApply, "does-not-apply"},
                                              {ImcaDuty::CannotTellYet, "cannot-tell"}}};

const QString kCheckColumns = QStringLiteral(
    "SELECT id, case_id, checked_on, situation, imca_situation, care_act_result, imca_result, created_at"
    " FROM advocacy_check");

StoredAdvocacyCheck storedCheck(const QSqlQuery& query)
{
    StoredAdvocacyCheck check;
    check.id = query.value(0).toLongLong();
    check.caseId = query.value(1).toLongLong();
    check.checkedOn = stored::toDate(query.value(2));
    check.situation = readAdvocacyInput(query.value(3).toString().toUtf8(), JsonOrigin::OwnStore).value;
    check.imcaSituation = readImcaInput(query.value(4).toString().toUtf8(), JsonOrigin::OwnStore).value;
    check.careActResult =
        valueOf(kCareActResult, query.value(5).toString()).value_or(AdvocacyDecision::CannotTellYet);
    check.imcaResult = valueOf(kImcaResult, query.value(6).toString()).value_or(ImcaDuty::CannotTellYet);
    check.createdAt = stored::toMoment(query.value(7));
    return check;
}

} // namespace

AdvocacyRepository::AdvocacyRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

CaseWriteResult AdvocacyRepository::recordCheck(qint64 caseId, const QDate& checkedOn,
                                                const AdvocacySituation& situation,
                                                const ImcaSituation& imcaSituation)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        requireDayNotAfter(checkedOn, now.date(),
                           LegalRecordText::tr("Advocacy check, the date it was made"));
        // The rules' answers at the time, kept beside the facts they were given (Care Act 2014
        // ss.67-68; MCA 2005 ss.37-39D): the caseload reads these without re-running the rules.
        const QString careActResult = codeOf(kCareActResult, checkAdvocacy(situation).decision);
        const QString imcaResult = codeOf(kImcaResult, checkImca(imcaSituation).duty);
        const QJsonObject facts = advocacyToJson(situation);
        const QJsonObject imcaFacts = imcaToJson(imcaSituation);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral(
                "INSERT INTO advocacy_check (case_id, process, checked_on, care_act_result, imca_result,"
                " situation, imca_situation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, storageCode(situation.process), stored::date(checkedOn), careActResult, imcaResult,
             QString::fromUtf8(checkInputText(facts)), QString::fromUtf8(checkInputText(imcaFacts)),
             stored::moment(now)});
        RecordFields fields = {{QStringLiteral("checked on"), stored::shown(checkedOn)},
                               {QStringLiteral("Care Act advocate"), careActResult},
                               {QStringLiteral("IMCA"), imcaResult}};
        for (const auto& [field, value] : fieldsOfJson(facts))
            fields.emplace_back(QStringLiteral("careAct.") + field, value);
        for (const auto& [field, value] : fieldsOfJson(imcaFacts))
            fields.emplace_back(QStringLiteral("imca.") + field, value);
        history.recordChanges(caseId, kCheck, id, {}, fields);
        return id;
    });
}

std::optional<StoredAdvocacyCheck> AdvocacyRepository::latestCheck(qint64 caseId) const
{
    QSqlQuery query = preparedRead(
        m_db, kCheckColumns + QStringLiteral(" WHERE case_id = ? ORDER BY checked_on DESC, id DESC LIMIT 1"),
        {caseId});
    if (!query.exec() || !query.next())
        return std::nullopt;
    return storedCheck(query);
}

std::vector<StoredAdvocacyCheck> AdvocacyRepository::checks(qint64 caseId) const
{
    std::vector<StoredAdvocacyCheck> found;
    QSqlQuery query = preparedRead(
        m_db, kCheckColumns + QStringLiteral(" WHERE case_id = ? ORDER BY checked_on, id"), {caseId});
    if (!query.exec())
        return found;
    while (query.next())
        found.push_back(storedCheck(query));
    return found;
}

CaseWriteResult AdvocacyRepository::addReferral(qint64 caseId, const AdvocateReferral& referral)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        requireText(referral.provider, LegalRecordText::tr("Referral to an advocate, the provider"));
        requireDayNotAfter(referral.referredOn, now.date(),
                           LegalRecordText::tr("Referral to an advocate, the date of referral"));
        const qint64 id = insertRow(
            m_db,
            QStringLiteral("INSERT INTO advocate_referral (case_id, referred_on, role, provider,"
                           " advocate_name, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {caseId, stored::date(referral.referredOn), storageCode(referral.role), referral.provider,
             stored::text(referral.advocateName), stored::moment(now)});
        history.recordChanges(caseId, kReferral, id, {},
                              {{QStringLiteral("referred on"), stored::shown(referral.referredOn)},
                               {QStringLiteral("role"), storageCode(referral.role)},
                               {QStringLiteral("provider"), referral.provider},
                               {QStringLiteral("advocate"), referral.advocateName}});
        return id;
    });
}

std::vector<StoredAdvocateReferral> AdvocacyRepository::referrals(qint64 caseId) const
{
    std::vector<StoredAdvocateReferral> found;
    QSqlQuery query = preparedRead(
        m_db,
        QStringLiteral("SELECT id, referred_on, role, provider, advocate_name, created_at"
                       " FROM advocate_referral WHERE case_id = ? ORDER BY referred_on, id"),
        {caseId});
    if (!query.exec())
        return found;
    while (query.next()) {
        AdvocateReferral referral;
        referral.referredOn = stored::toDate(query.value(1));
        referral.role =
            fromStorageCode<AdvocateRole>(query.value(2).toString()).value_or(AdvocateRole::CareAct);
        referral.provider = query.value(3).toString();
        referral.advocateName = query.value(4).toString();
        found.push_back({query.value(0).toLongLong(), caseId, referral, stored::toMoment(query.value(5))});
    }
    return found;
}

CaseWriteResult AdvocacyRepository::recordWishesOverride(qint64 caseId, const QDate& recordedOn,
                                                         const WishesSituation& situation)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](RecordHistory& history) {
        requireCase(m_db, caseId);
        requireDayNotAfter(recordedOn, now.date(),
                           LegalRecordText::tr("Acting against the person's wishes, the date"));
        const QJsonObject record = wishesToJson(situation);
        const qint64 id = insertRow(
            m_db,
            QStringLiteral("INSERT INTO wishes_override (case_id, recorded_on, record, created_at)"
                           " VALUES (?, ?, ?, ?)"),
            {caseId, stored::date(recordedOn), QString::fromUtf8(checkInputText(record)),
             stored::moment(now)});
        RecordFields fields = {{QStringLiteral("recorded on"), stored::shown(recordedOn)}};
        for (const auto& entry : fieldsOfJson(record))
            fields.push_back(entry);
        history.recordChanges(caseId, kWishes, id, {}, fields);
        return id;
    });
}

std::vector<StoredWishesOverride> AdvocacyRepository::wishesOverrides(qint64 caseId) const
{
    std::vector<StoredWishesOverride> found;
    QSqlQuery query = preparedRead(
        m_db,
        QStringLiteral("SELECT id, recorded_on, record, created_at FROM wishes_override"
                       " WHERE case_id = ? ORDER BY recorded_on, id"),
        {caseId});
    if (!query.exec())
        return found;
    while (query.next()) {
        found.push_back({query.value(0).toLongLong(), caseId, stored::toDate(query.value(1)),
                         readWishesInput(query.value(2).toString().toUtf8(), JsonOrigin::OwnStore).value,
                         stored::toMoment(query.value(3))});
    }
    return found;
}

} // namespace alongside::core
