// Accommodation: MCA 2005 s.38 (arranged by an NHS body), s.39 (arranged by the council) and
// the care review power in the Expansion Regulations (SI 2006/2883 reg 3).

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

namespace {

// "The applicable period" (s.38): 28 days in a hospital, 8 weeks in a care home; s.39 uses
// 8 weeks throughout. Reg 3 needs 12 weeks' accommodation before the review.
constexpr int kHospitalDays = 28;
constexpr int kEightWeeks = 8 * 7;
constexpr int kTwelveWeeks = 12 * 7;

void mentalHealthActObligation(FindingBuilder& builder, YesNoUnknown answer, const QString& citation)
{
    if (answer == YesNoUnknown::Yes)
        builder.against(
            ImcaText::tr("They are accommodated under an obligation imposed by the Mental Health Act "
                         "1983."),
            citation);
    else if (answer == YesNoUnknown::NotKnown)
        builder.unknown(
            ImcaText::tr("Record whether they would be accommodated under an obligation imposed by the "
                         "Mental Health Act 1983."),
            citation);
}

// Likely to last the applicable period or more; a shorter stay is reconsidered if it grows
// (s.38(4), s.39(5)).
void likelyStay(FindingBuilder& builder, const std::optional<int>& days, int threshold, const QString& period,
                const QString& citation)
{
    if (!days) {
        builder.unknown(
            ImcaText::tr("Record how long the accommodation is likely to last (the duty turns on %1).")
                .arg(period),
            citation);
    } else if (*days < threshold) {
        builder.against(
            ImcaText::tr("The accommodation is likely to last %1, less than %2. If it later seems "
                         "likely to last longer, instruct an IMCA then.")
                .arg(dayCount(*days), period),
            citation);
    } else {
        builder.because(
            ImcaText::tr("The accommodation is likely to last %1: %2 or more.").arg(dayCount(*days), period),
            citation);
    }
}

ImcaFinding urgentFirst(ImcaFinding finding, YesNoUnknown urgent, const QString& citation)
{
    if (finding.duty != ImcaDuty::Must)
        return finding;
    if (urgent == YesNoUnknown::Yes) {
        finding.timing = ImcaTiming::NotBeforeUrgentAction;
        finding.reasons.push_back(
            {ImcaText::tr("The arrangements are urgent: they may be made first, and the IMCA "
                          "instructed as soon as practicable after, since the stay is likely to "
                          "last that long."),
             citation});
    } else if (urgent == YesNoUnknown::NotKnown) {
        finding.missing.push_back(
            {ImcaText::tr("Record whether the arrangements must be made urgently (if so, the "
                          "IMCA may be instructed after)."),
             citation});
    }
    return finding;
}

} // namespace

ImcaFinding nhsAccommodation(const NhsAccommodation& accommodation, const PeopleToConsult& people,
                             bool dolsImcaRequired)
{
    FindingBuilder builder(ImcaTrigger::NhsAccommodation);
    const QString applies = QStringLiteral("MCA 2005 s.38(1)");
    mentalHealthActObligation(builder, accommodation.mentalHealthActObligation,
                              QStringLiteral("MCA 2005 s.38(2)"));
    if (dolsImcaRequired && accommodation.dolsRelevantPlace)
        builder.against(ImcaText::tr("An IMCA must already be instructed under the Deprivation of Liberty "
                                     "Safeguards for this hospital or care home."),
                        QStringLiteral("MCA 2005 s.38(2A)"));
    builder.lacksCapacity(accommodation.lacksCapacityToAgree, ImcaText::tr("to agree to the arrangements"),
                          applies);
    builder.nobodyToConsult(people, applies);
    const bool hospital = accommodation.setting == PlacementSetting::Hospital;
    likelyStay(builder, accommodation.likelyDays, hospital ? kHospitalDays : kEightWeeks,
               hospital ? ImcaText::tr("28 days in a hospital") : ImcaText::tr("8 weeks in a care home"),
               QStringLiteral("MCA 2005 s.38(3)(a)"));
    return urgentFirst(
        builder.settle(ImcaDuty::Must,
                       ImcaText::tr("Accommodation arranged by an NHS body, with nobody to consult: "
                                    "the NHS body must instruct an IMCA"),
                       QStringLiteral("MCA 2005 s.38(3)")),
        accommodation.urgent, QStringLiteral("MCA 2005 s.38(3)(b), (4)"));
}

ImcaFinding councilAccommodation(const CouncilAccommodation& accommodation, const PeopleToConsult& people,
                                 bool dolsImcaRequired)
{
    FindingBuilder builder(ImcaTrigger::CouncilAccommodation);
    const QString applies = QStringLiteral("MCA 2005 s.39(1)");
    if (accommodation.basis == AccommodationBasis::Other)
        builder.against(
            ImcaText::tr("The accommodation is not arranged under Part 1 of the Care Act 2014 or as "
                         "after-care under s.117 of the Mental Health Act 1983."),
            QStringLiteral("MCA 2005 s.39(2)"));
    mentalHealthActObligation(builder, accommodation.mentalHealthActObligation,
                              QStringLiteral("MCA 2005 s.39(3)"));
    if (dolsImcaRequired && accommodation.dolsRelevantPlace)
        builder.against(ImcaText::tr("An IMCA must already be instructed under the Deprivation of Liberty "
                                     "Safeguards for this hospital or care home."),
                        QStringLiteral("MCA 2005 s.39(3A)"));
    builder.lacksCapacity(accommodation.lacksCapacityToAgree, ImcaText::tr("to agree to the arrangements"),
                          applies);
    builder.nobodyToConsult(people, applies);
    likelyStay(builder, accommodation.likelyDays, kEightWeeks, ImcaText::tr("8 weeks"),
               QStringLiteral("MCA 2005 s.39(4)(a)"));
    return urgentFirst(
        builder.settle(ImcaDuty::Must,
                       ImcaText::tr("Residential accommodation arranged by the council, with nobody "
                                    "to consult: the council must instruct an IMCA"),
                       QStringLiteral("MCA 2005 s.39(4)")),
        accommodation.urgent, QStringLiteral("MCA 2005 s.39(4)(b), (5)"));
}

ImcaFinding careReview(const CareReview& review, const PeopleToConsult& people, bool sections37To39Apply)
{
    FindingBuilder builder(ImcaTrigger::CareReview);
    const QString regulation = QStringLiteral("SI 2006/2883 reg 3");
    if (sections37To39Apply)
        builder.against(
            ImcaText::tr("An IMCA must be instructed under ss.37-39 of the Mental Capacity Act, which "
                         "takes the place of this power."),
            QStringLiteral("SI 2006/2883 reg 3(1)(e)"));
    mentalHealthActObligation(builder, review.mentalHealthActObligation,
                              QStringLiteral("SI 2006/2883 reg 3(2)"));
    builder.lacksCapacity(review.lacksCapacity, ImcaText::tr("to agree to the accommodation arrangements"),
                          QStringLiteral("SI 2006/2883 reg 3(1)(a)"));
    builder.nobodyToConsult(people, QStringLiteral("SI 2006/2883 reg 3(1)(c)-(d)"));
    if (!review.accommodatedSince.isValid() || !review.reviewOn.isValid()) {
        builder.unknown(
            ImcaText::tr("Record when the accommodation began and when the review is, to count the "
                         "12 weeks."),
            QStringLiteral("SI 2006/2883 reg 3(2)"));
    } else {
        const auto days = static_cast<int>(review.accommodatedSince.daysTo(review.reviewOn));
        if (days < kTwelveWeeks)
            builder.against(
                ImcaText::tr("By the review they will have been accommodated for %1, less than 12 "
                             "weeks.")
                    .arg(dayCount(days)),
                QStringLiteral("SI 2006/2883 reg 3(2)"));
        else
            builder.because(ImcaText::tr("By the review they will have been accommodated for %1: 12 weeks or "
                                         "more.")
                                .arg(dayCount(days)),
                            QStringLiteral("SI 2006/2883 reg 3(2)"));
    }
    return builder.settle(
        ImcaDuty::May,
        ImcaText::tr("Care review of accommodation held 12 weeks or more, with nobody to consult: "
                     "the council or NHS body may instruct an IMCA"),
        regulation);
}

} // namespace alongside::core::imca
