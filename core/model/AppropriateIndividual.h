#pragma once

#include "model/Answers.h"

#include <QString>

namespace alongside::core {

// Someone considered to represent and support the person instead of an independent advocate:
// a relative, a friend, someone they trust (Care Act 2014 s.67(5)-(6); s.68 for safeguarding).
// Whether they are appropriate is for the council to be satisfied of; these are the facts
// the law makes it turn on.
struct AppropriateIndividual {
    QString name;
    QString relationship; // "daughter", "friend from church"
    // The council's judgement that they would be appropriate: able and willing to represent
    // and support the person, and to help them be involved (s.67(5)(a)).
    YesNoUnknown suitable = YesNoUnknown::NotKnown;
    QString suitabilityNote;
    // Providing care or treatment for the person professionally or for pay (s.67(5)(b)).
    YesNoUnknown paidOrProfessional = YesNoUnknown::NotKnown;
    // Implicated in the abuse or neglect the enquiry is about.
    YesNoUnknown implicated = YesNoUnknown::NotKnown;
    // Whether the person has capacity to consent to being represented and supported by them.
    // Not known means presumed (MCA 2005 s.1(2)): their consent is then what counts.
    YesNoUnknown capacityToConsent = YesNoUnknown::NotKnown;
    YesNoUnknown consents = YesNoUnknown::NotKnown;        // when they have that capacity (s.67(6)(a))
    YesNoUnknown inBestInterests = YesNoUnknown::NotKnown; // when they lack it (s.67(6)(b))
};

} // namespace alongside::core
