#pragma once

#include "model/CaseSummary.h"
#include "model/SupervisionFacts.h"
#include "rules/CaseloadFlags.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// What a reflective supervision might talk about, worked out from the caseload: the open
// cases grouped under headings, each with one plain sentence. A conversation aid for a team
// leader and a practitioner sitting together — not a league table, so no scores and no
// ranking of people; the groups follow the order of the work.
enum class SupervisionTopic {
    WhatTheyWant,        // not asked what they want, or not revisited for a while
    NotSeenAlone,        // nobody has spoken with them on their own
    CapacityNotAssessed, // capacity doubted for a decision, no assessment yet (MCA 2005 s.1(2))
    AdvocacyNotChecked,  // nobody has checked whether an advocate is needed (Care Act ss.67-68)
    RiskReviewOverdue,   // a risk-enablement review date has passed
    WishOverridden, // a decision was taken against the person's wishes (CSSG ch.14; docs/checks.md, "wishes")
    LongOpen,       // open longer than kLongOpenWeeks
    SupervisionActionOverdue, // something agreed in supervision is past its date
};

// Where in the case a topic is worked on, so a screen can open the case at that place.
enum class CasePlace { Outcomes, Conversations, Capacity, Advocacy, RiskEnablement, Plan, Supervision };

// Twelve weeks: long enough that an enquiry proceeding at the person's pace is not
// questioned, short enough to notice drift before it becomes the norm. Many local multi-agency
// procedures expect most s.42 enquiries to conclude within about three months; a case open
// longer is worth a conversation about what is keeping it open and whether the person still
// wants what the plan is for. A prompt for that conversation, never a target.
constexpr int kLongOpenWeeks = 12;

struct SupervisionItem {
    qint64 caseId = 0;
    QString personName;
    QString reference;
    QString sentence; // one short, plain sentence about this case under this heading
    CasePlace place = CasePlace::Outcomes;
};

struct SupervisionGroup {
    SupervisionTopic topic;
    QString heading;                    // a gentle heading ("Not yet seen on their own")
    std::vector<SupervisionItem> items; // in caseload order
};

// Pure: the caseload rows, the supervision facts per case (from SupervisionRepository) and
// "today" go in; the groups come out in a fixed order, each listed even when empty (so a
// team sees what is going well too). Closed cases are left out: supervision is about the
// work still going on.
std::vector<SupervisionGroup> supervisionAgenda(const std::vector<CaseSummary>& caseload,
                                                const std::vector<SupervisionFacts>& facts,
                                                const QDateTime& now);

// The topic a caseload flag belongs to, if it is one supervision groups by.
std::optional<SupervisionTopic> topicOf(CaseFlagKind kind);
CasePlace placeOf(SupervisionTopic topic);
QString topicHeading(SupervisionTopic topic);

} // namespace alongside::core
