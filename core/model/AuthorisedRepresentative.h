#pragma once

#include <QList>
#include <QString>

namespace alongside::core {

// The matters the IMCA duties and powers turn on. A nominee, attorney or deputy takes an IMCA
// duty away only for the matters their nomination or authority covers (MCA 2005 s.40(1): "in
// relation to those matters"), so a property-and-affairs attorney leaves a welfare duty in place.
enum class AuthorityMatter {
    MedicalTreatment,     // serious medical treatment: the s.37(3) duty
    Accommodation,        // where they live: the s.38(3)-(4) and s.39(4)-(5) duties
    DeprivationOfLiberty, // the Safeguards: the s.39A(3), s.39C(3) and s.39D(2) duties
    PropertyAndAffairs,   // money and property: no IMCA duty turns on it
    OtherMatters          // anything else they were named or appointed for
};

// Who they are. MCA 2005 s.40(1) names the nominee, the donee of a lasting power of attorney and
// the deputy; SI 2006/2883 reg 3(1)(d)(i)-(iv) adds the donee of an enduring power of attorney.
enum class AuthorisedRole { NominatedPerson, LastingAttorney, EnduringAttorney, Deputy };

// Someone the person nominated to be consulted, or who holds a power of attorney or a court
// deputyship for them, with what that covers as the practitioner has recorded it.
struct AuthorisedRepresentative {
    AuthorisedRole role = AuthorisedRole::LastingAttorney;
    QString name;
    QList<AuthorityMatter> covers; // empty: what it covers is not recorded

    bool coversRecorded() const { return !covers.isEmpty(); }
    bool coversMatter(AuthorityMatter matter) const { return covers.contains(matter); }
};

} // namespace alongside::core
