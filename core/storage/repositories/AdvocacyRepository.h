#pragma once

#include "model/AdvocacySituation.h"
#include "model/AdvocateReferral.h"
#include "model/ImcaSituation.h"
#include "model/WishesSituation.h"
#include "rules/AdvocacyCheck.h"
#include "rules/ImcaCheck.h"
#include "storage/repositories/CaseRepository.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

// One advocacy check as recorded: the facts, and what the rules said about them when it was
// recorded (checkAdvocacy, checkImca). The summary answers are stored so the caseload and
// reports can read them without re-running the rules.
struct StoredAdvocacyCheck {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate checkedOn;
    AdvocacySituation situation;
    ImcaSituation imcaSituation;
    AdvocacyDecision careActResult = AdvocacyDecision::CannotTellYet;
    ImcaDuty imcaResult = ImcaDuty::CannotTellYet;
    QDateTime createdAt;
};

struct StoredAdvocateReferral {
    qint64 id = 0;
    qint64 caseId = 0;
    AdvocateReferral referral;
    QDateTime createdAt;
};

// A record of acting, or considering acting, against the person's wishes
// (CSSG ch.14; docs/checks.md, "wishes"; checkWishes).
struct StoredWishesOverride {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate recordedOn;
    WishesSituation situation;
    QDateTime createdAt;
};

// Advocacy checks (Care Act 2014 ss.67-68; MCA 2005 ss.35-39D), referrals to advocates and
// wishes overrides of a case. Checks are never overwritten: a new check is a new row, and the
// latest is the current one. Every write runs in one transaction and appends to the record
// history (who = the practitioner; when = the injected clock).
class AdvocacyRepository {
public:
    using Clock = std::function<QDateTime()>;
    AdvocacyRepository(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    // Stores the facts and the computed results of both checks. Refused: no date, a date after
    // today, an unknown case.
    CaseWriteResult recordCheck(qint64 caseId, const QDate& checkedOn, const AdvocacySituation& situation,
                                const ImcaSituation& imcaSituation);
    std::optional<StoredAdvocacyCheck> latestCheck(qint64 caseId) const;
    std::vector<StoredAdvocacyCheck> checks(qint64 caseId) const; // oldest first

    // Refused: no provider, no date, a date after today, an unknown case.
    CaseWriteResult addReferral(qint64 caseId, const AdvocateReferral& referral);
    std::vector<StoredAdvocateReferral> referrals(qint64 caseId) const; // oldest first

    CaseWriteResult recordWishesOverride(qint64 caseId, const QDate& recordedOn,
                                         const WishesSituation& situation);
    std::vector<StoredWishesOverride> wishesOverrides(qint64 caseId) const; // oldest first

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core
