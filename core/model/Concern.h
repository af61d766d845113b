#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace alongside::core {

// What was reported, by whom, and what the person made of it.
struct Concern {
    QDate receivedOn;
    QTime receivedTime;   // null when only the day is known
    QString raisedByRole; // the role matters for the return: "home care worker", "GP", "police"
    QString raisedByName;
    QString whatWasReported;
    // SAC labels, exactly (model/SacCategories.h), each at most once. SAC counts an enquiry
    // once under each different category that applies (SG2 guidance), so an enquiry may have
    // several types, locations and sources of risk.
    QStringList riskTypes;       // SG2a; one or more
    QStringList locationsOfRisk; // SG2b location; none recorded yet, or one or more
    QStringList sourcesOfRisk;   // SG2b source; none recorded yet, or one or more
    YesNoUnknown personKnows = YesNoUnknown::NotKnown; // does the person know it was raised?
    QString personsView;                               // what they think of it, in their words where possible
    YesNoUnknown childrenAtRisk = YesNoUnknown::NotKnown;
    YesNoUnknown otherAdultsAtRisk = YesNoUnknown::NotKnown;
};

// Care Act 2014 s.42(1): the three conditions, each answered with its reason, and the
// decision that followed. Concerns that do not become s.42 enquiries still record the
// response given.
struct Section42Decision {
    YesNoUnknown hasCareAndSupportNeeds = YesNoUnknown::NotKnown; // s.42(1)(a)
    QString careAndSupportNeedsReason;
    YesNoUnknown experiencingOrAtRiskOfAbuse = YesNoUnknown::NotKnown; // s.42(1)(b)
    QString abuseReason;
    YesNoUnknown unableToProtectThemselves = YesNoUnknown::NotKnown; // s.42(1)(c)
    QString unableToProtectReason;
    EnquiryDecision decision = EnquiryDecision::NoEnquiry;
    QString responseGiven; // what was done instead, or alongside
    QDate decidedOn;
    QString decidedBy;
};

} // namespace alongside::core
