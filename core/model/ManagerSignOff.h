#pragma once

#include "model/CodeTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace alongside::core {

// What a manager signs off: a positive risk-taking decision (the risk enablement record, docs/checks.md: "who
// made the decision, manager sign-off, review date") or a decision to act against the person's wishes (CSSG
// ch.14; docs/checks.md, "wishes").
enum class SignOffSubject { RiskEnablement, WishesOverride };

inline constexpr CodeTable<SignOffSubject, 2> kSignOffSubjectCodes{{
    {SignOffSubject::RiskEnablement, "risk-enablement"},
    {SignOffSubject::WishesOverride, "wishes-override"},
}};

// A manager's sign-off, kept as it was given: never edited. A later sign-off of the same
// decision supersedes it (and says which it supersedes), so the history reads in order.
struct ManagerSignOff {
    qint64 id = 0;
    qint64 caseId = 0;
    SignOffSubject subject = SignOffSubject::RiskEnablement;
    qint64 subjectId = 0; // the risk_enablement or wishes_override row
    QString name;
    QString role;
    QDate signedOn;
    QString comment;
    qint64 supersedes = 0; // the earlier sign-off of the same decision, if any
    QDateTime recordedAt;
    QString recordedBy;
};

} // namespace alongside::core
