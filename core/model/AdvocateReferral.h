#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// Which statute the advocate acts under. One person may act in both roles, so the person
// need not tell their story twice.
enum class AdvocateRole {
    CareAct, // independent advocate, Care Act 2014 s.67 or s.68
    Imca,    // independent mental capacity advocate, MCA 2005 ss.35-39D
    Both
};

// A referral to an advocacy provider, as recorded in the case.
struct AdvocateReferral {
    QString advocateName;
    AdvocateRole role = AdvocateRole::CareAct;
    QString provider;
    QDate referredOn;
};

} // namespace alongside::core
