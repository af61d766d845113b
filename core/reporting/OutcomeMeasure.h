#pragma once

#include "reporting/ReportCount.h"
#include "reporting/ReportPeriod.h"

#include <vector>

namespace alongside::core {

// The sector outcome measure (Making Safeguarding Personal, since 2014; docs/reporting.md)
// and the practice figures beside it, over the concluded s.42 enquiries of a period. Every
// line is "n of m" with the enquiries behind it. See docs/reporting.md for each definition.
struct OutcomeMeasure {
    ReportPeriod period;
    int enquiries = 0; // concluded s.42 enquiries: the base of the "of enquiries" lines
    std::vector<qint64> enquiryIds;

    ReportFraction asked;     // of enquiries: asked about outcomes (either SG4a "Yes")
    ReportFraction expressed; // of enquiries: asked and outcomes expressed
    // Of those who expressed outcomes: in whose words (an enquiry with outcomes in two voices
    // counts in both).
    ReportFraction expressedDirectly;
    ReportFraction expressedThroughBestInterests;
    ReportFraction expressedThroughAdvocate;
    // Of those who expressed outcomes, the enquiry's SG4a achievement.
    ReportFraction fullyAchieved;
    ReportFraction partlyAchieved;
    ReportFraction notAchieved;
    ReportFraction fullyOrPartlyAchieved; // the sector measure's "fully or partly met"
    ReportFraction seenWithin24Hours;     // of enquiries: first conversation within 24 hours of the concern
    ReportFraction seenAlone;             // of enquiries: seen on their own at least once
    ReportFraction advocacyChecked;       // of enquiries: advocacy checked at least once
    ReportFraction advocacyIndicated;     // of those checked: the latest check found advocacy required
    ReportFraction advocacyProvided;      // of those indicated: an advocate referral was made
    // At closure (docs/reporting.md). "Not asked" is kept apart from a real "no": each answer is
    // a share of those asked, and being asked is a share of the enquiries.
    ReportFraction askedFeelsSafer;  // of enquiries: asked whether they feel safer
    ReportFraction feelsSafer;       // of those asked: yes
    ReportFraction feelsPartlySafer; // of those asked: partly
    ReportFraction doesNotFeelSafer; // of those asked: no
    // The MSP Outcomes Framework's experience questions, asked of the person or a representative.
    ReportFraction experienceAsked;          // of enquiries: asked (someone answered)
    ReportFraction answeredByRepresentative; // of those asked: a representative answered for them
    ReportFraction listenedTo;               // of those asked: felt listened to
    ReportFraction listenedToPartly;         // of those asked: partly
    ReportFraction involved;                 // of those asked: involved as much as they wanted
    ReportFraction involvedPartly;           // of those asked: partly

    // Every line above in display order (for the dashboard, JSON and CSV).
    std::vector<ReportFraction> lines() const
    {
        return {asked,
                expressed,
                expressedDirectly,
                expressedThroughBestInterests,
                expressedThroughAdvocate,
                fullyAchieved,
                partlyAchieved,
                notAchieved,
                fullyOrPartlyAchieved,
                seenWithin24Hours,
                seenAlone,
                advocacyChecked,
                advocacyIndicated,
                advocacyProvided,
                askedFeelsSafer,
                feelsSafer,
                feelsPartlySafer,
                doesNotFeelSafer,
                experienceAsked,
                answeredByRepresentative,
                listenedTo,
                listenedToPartly,
                involved,
                involvedPartly};
    }
};

} // namespace alongside::core
