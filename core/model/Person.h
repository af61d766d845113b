#pragma once

#include "model/Answers.h"
#include "model/AuthorisedRepresentative.h"

#include <QDate>
#include <QString>

#include <vector>

namespace alongside::core {

// How the person communicates, so every conversation can be arranged around it.
struct CommunicationNeeds {
    QString language; // e.g. "English", "Polish", "British Sign Language"
    bool needsInterpreter = false;
    QString hearing; // free text: "hearing aid, left ear; face me when talking"
    QString sight;
    bool learningDisability = false;
    QString preferredWayOfTalking; // in the person's words where possible
};

// Someone who matters to the person, and whether the person wants them involved.
struct ImportantPerson {
    qint64 id = 0;
    QString name;
    QString relationship; // "daughter", "neighbour", "friend from church"
    Involvement involvement = Involvement::NotAsked;
    QString contact;
};

// Someone with legal authority to make decisions for the person (MCA 2005 ss.9-23), or whom
// the person nominated to be consulted about their interests (s.40(1)(a)).
struct LegalRepresentative {
    enum class Kind {
        LpaHealthAndWelfare,
        LpaPropertyAndFinancialAffairs,
        DeputyHealthAndWelfare,
        DeputyPropertyAndAffairs,
        EnduringPowerOfAttorney,
        NominatedPerson
    };
    qint64 id = 0;
    Kind kind = Kind::LpaHealthAndWelfare;
    QString name;
    QString contact;
    // What their authority (or nomination) covers, as the instrument, order or nomination says;
    // empty when not recorded. The IMCA duties turn on it (MCA 2005 s.40(1)).
    QList<AuthorityMatter> covers;
    QString authorityNote; // conditions or limits in their own words: "not life-sustaining treatment"
};

QString storageCode(LegalRepresentative::Kind kind);
std::optional<LegalRepresentative::Kind> legalRepresentativeKindFromCode(const QString& code);
QStringList legalRepresentativeKindCodes();

struct Person {
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString preferredName; // the name they like to be called
    QDate dateOfBirth;
    QString nhsNumber; // optional; ten digits, checked by its check digit
    QString address;
    QString phone;
    QString email;
    CommunicationNeeds communication;
    // For the Safeguarding Adults Collection (SG1b-SG1d): the return's labels exactly
    // (model/SacCategories.h), or empty when not recorded yet. "Not Known" / "Refused" are
    // answers a practitioner gives; empty means nobody has recorded anything.
    QString gender;
    QString ethnicity;
    QString primarySupportReason;
    // SG1e: one of sac::autismConditions(), or empty when neither is recorded.
    QString autismCondition;
    std::vector<ImportantPerson> importantPeople;
    std::vector<LegalRepresentative> legalRepresentatives;

    // "Doris" if she likes to be called that, else "Doris Example".
    QString displayName() const;
};

} // namespace alongside::core
