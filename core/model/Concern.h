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
    QStringList riskTypes;  // SAC SG2a labels, exactly (model/SacCategories.h); one or more
    QString locationOfRisk; // SAC SG2b location label
    QString sourceOfRisk;   // SAC SG2b source label
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
