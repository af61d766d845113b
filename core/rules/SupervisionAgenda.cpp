#include "rules/SupervisionAgenda.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace alongside::core {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct SupervisionAgendaText {
    Q_DECLARE_TR_FUNCTIONS(SupervisionAgenda)
};

QString dayMonth(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

// The sentence for a caseload flag, led by the person's name. Flags without their own
// sentence here (added to CaseloadFlags later) read as "Name: the flag's sentence".
QString flagSentence(const CaseSummary& summary, const CaseFlag& flag)
{
    const QString& name = summary.personName;
    switch (flag.kind) {
    case CaseFlagKind::OutcomesNotAsked:
        return SupervisionAgendaText::tr("%1 has not yet been asked what they want to happen.").arg(name);
    case CaseFlagKind::OutcomesNotRevisited:
        return SupervisionAgendaText::tr("What %1 wants was last talked about on %2.")
            .arg(name, dayMonth(summary.lastOutcomeRevisionOn));
    case CaseFlagKind::NotSeenAlone:
        return SupervisionAgendaText::tr("%1 has not yet been seen on their own.").arg(name);
    case CaseFlagKind::CapacityDoubtedNotAssessed:
        return SupervisionAgendaText::tr(
                   "%1: capacity was doubted for a decision and has not yet been assessed.")
            .arg(name);
    case CaseFlagKind::AdvocacyNotChecked:
        return SupervisionAgendaText::tr("%1: nobody has yet checked whether they need an advocate.")
            .arg(name);
    case CaseFlagKind::RiskReviewOverdue:
        return SupervisionAgendaText::tr("%1: a risk decision was due for review on %2.")
            .arg(name, dayMonth(summary.earliestRiskReviewOn));
    default:
        return SupervisionAgendaText::tr("%1: %2").arg(name, flag.text);
    }
}

QString overrideSentence(const CaseSummary& summary, const SupervisionFacts& fact)
{
    const QString when = dayMonth(fact.lastOverrideOn);
    if (fact.overridesNotSignedOff == 0)
        return SupervisionAgendaText::tr("%1: a decision went against their wishes (latest %2); signed off.")
            .arg(summary.personName, when);
    return SupervisionAgendaText::tr(
               "%1: a decision went against their wishes (latest %2); not yet signed off by a manager.")
        .arg(summary.personName, when);
}

QString actionSentence(const CaseSummary& summary, const SupervisionFacts& fact)
{
    return SupervisionAgendaText::tr("%1: “%2” (%3) was due on %4.")
        .arg(summary.personName, fact.nextSupervisionAction, fact.nextSupervisionActionOwner,
             dayMonth(fact.nextSupervisionActionDue));
}

} // namespace

std::optional<SupervisionTopic> topicOf(CaseFlagKind kind)
{
    switch (kind) {
    case CaseFlagKind::OutcomesNotAsked:
    case CaseFlagKind::OutcomesNotRevisited:
        return SupervisionTopic::WhatTheyWant;
    case CaseFlagKind::NotSeenAlone:
        return SupervisionTopic::NotSeenAlone;
    case CaseFlagKind::CapacityDoubtedNotAssessed:
        return SupervisionTopic::CapacityNotAssessed;
    case CaseFlagKind::AdvocacyNotChecked:
        return SupervisionTopic::AdvocacyNotChecked;
    case CaseFlagKind::RiskReviewOverdue:
        return SupervisionTopic::RiskReviewOverdue;
    case CaseFlagKind::NoConversationIn24Hours:
    case CaseFlagKind::ClosedWithoutPersonsView:
        // The 24-hour flag is about the start of the work, and "closed without their view"
        // about closed cases: both are for the caseload, not for this conversation.
        return std::nullopt;
    }
    return std::nullopt;
}

CasePlace placeOf(SupervisionTopic topic)
{
    switch (topic) {
    case SupervisionTopic::WhatTheyWant:
        return CasePlace::Outcomes;
    case SupervisionTopic::NotSeenAlone:
        return CasePlace::Conversations;
    case SupervisionTopic::CapacityNotAssessed:
        return CasePlace::Capacity;
    case SupervisionTopic::AdvocacyNotChecked:
    case SupervisionTopic::WishOverridden: // recorded with the advocacy checks (CSSG ch.14; docs/checks.md,
                                           // "wishes")
        return CasePlace::Advocacy;
    case SupervisionTopic::RiskReviewOverdue:
        return CasePlace::RiskEnablement;
    case SupervisionTopic::LongOpen:
        return CasePlace::Plan;
    case SupervisionTopic::SupervisionActionOverdue:
        return CasePlace::Supervision;
    }
    return CasePlace::Outcomes;
}

QString topicHeading(SupervisionTopic topic)
{
    switch (topic) {
    case SupervisionTopic::WhatTheyWant:
        return SupervisionAgendaText::tr("What they want: not yet asked, or not revisited");
    case SupervisionTopic::NotSeenAlone:
        return SupervisionAgendaText::tr("Not yet seen on their own");
    case SupervisionTopic::CapacityNotAssessed:
        return SupervisionAgendaText::tr("Capacity doubted, not yet assessed");
    case SupervisionTopic::AdvocacyNotChecked:
        return SupervisionAgendaText::tr("Advocacy not yet considered");
    case SupervisionTopic::RiskReviewOverdue:
        return SupervisionAgendaText::tr("Risk decisions due a review");
    case SupervisionTopic::WishOverridden:
        return SupervisionAgendaText::tr("Where a decision went against their wishes");
    case SupervisionTopic::LongOpen:
        return SupervisionAgendaText::tr("Open for more than %n weeks", nullptr, kLongOpenWeeks);
    case SupervisionTopic::SupervisionActionOverdue:
        return SupervisionAgendaText::tr("Agreed in supervision, past its date");
    }
    return {};
}

std::vector<SupervisionGroup> supervisionAgenda(const std::vector<CaseSummary>& caseload,
                                                const std::vector<SupervisionFacts>& facts,
                                                const QDateTime& now)
{
    const std::vector<SupervisionTopic> order = {SupervisionTopic::WhatTheyWant,
                                                 SupervisionTopic::NotSeenAlone,
                                                 SupervisionTopic::CapacityNotAssessed,
                                                 SupervisionTopic::AdvocacyNotChecked,
                                                 SupervisionTopic::RiskReviewOverdue,
                                                 SupervisionTopic::WishOverridden,
                                                 SupervisionTopic::LongOpen,
                                                 SupervisionTopic::SupervisionActionOverdue};
    std::vector<SupervisionGroup> groups;
    std::map<SupervisionTopic, std::size_t> index;
    for (SupervisionTopic topic : order) {
        index[topic] = groups.size();
        groups.push_back({topic, topicHeading(topic), {}});
    }
    std::map<qint64, const SupervisionFacts*> factsOf;
    for (const SupervisionFacts& fact : facts)
        factsOf[fact.caseId] = &fact;

    const QDate today = now.date();
    for (const CaseSummary& summary : caseload) {
        if (summary.isClosed())
            continue;
        const auto add = [&](SupervisionTopic topic, const QString& sentence) {
            std::vector<SupervisionItem>& items = groups[index[topic]].items;
            // One line per case under a heading: the first sentence is enough to start talking.
            if (!items.empty() && items.back().caseId == summary.caseId)
                return;
            items.push_back(
                {summary.caseId, summary.personName, summary.reference, sentence, placeOf(topic)});
        };
        for (const CaseFlag& flag : caseloadFlags(summary, now)) {
            if (const auto topic = topicOf(flag.kind))
                add(*topic, flagSentence(summary, flag));
        }
        const int weeksOpen = summary.daysOpen(today) / 7;
        if (weeksOpen > kLongOpenWeeks)
            add(SupervisionTopic::LongOpen,
                SupervisionAgendaText::tr("%1: open for %n weeks, since %2.", nullptr, weeksOpen)
                    .arg(summary.personName, dayMonth(summary.concernReceivedOn)));
        const auto found = factsOf.find(summary.caseId);
        if (found == factsOf.end())
            continue;
        const SupervisionFacts& fact = *found->second;
        if (fact.wishesOverridden > 0)
            add(SupervisionTopic::WishOverridden, overrideSentence(summary, fact));
        if (fact.nextSupervisionActionDue.isValid() && fact.nextSupervisionActionDue < today)
            add(SupervisionTopic::SupervisionActionOverdue, actionSentence(summary, fact));
    }
    return groups;
}

} // namespace alongside::core
