// Accommodation: MCA 2005 s.38 (arranged by an NHS body), s.39 (arranged by the council) and
// the care review power in the Expansion Regulations (SI 2006/2883 regs 3 and 5(1)).
//
// s.38, read at mentalhealthlaw.co.uk (the Act as amended): (1) applies if an NHS body proposes
// to make arrangements for accommodation in a hospital or care home, or a change to another, for
// P who lacks capacity to agree to them, and is satisfied there is nobody appropriate to consult
// other than paid or professional carers; (2) not if P is accommodated as a result of an
// obligation under the Mental Health Act; (2A) not if an IMCA must be appointed under s.39A or
// s.39C "(whether or not by the NHS body)" and the hospital or care home is the relevant one
// under that authorisation; (3) "Before making the arrangements, the NHS body must instruct an
// independent mental capacity advocate to represent P unless it is satisfied that— (a) the
// accommodation is likely to be provided for a continuous period which is less than the
// applicable period, or (b) the arrangements need to be made as a matter of urgency"; (4) if it
// did not instruct one because (3)(a) or (b) applied, "but (b) subsequently has reason to believe
// that the accommodation is likely to be provided for a continuous period— (i) beginning with the
// day on which accommodation was first provided in accordance with the arrangements, and (ii)
// ending on or after the expiry of the applicable period, it must instruct an independent mental
// capacity advocate to represent P". The applicable period is 28 days in a hospital and 8 weeks
// in a care home: s.38(9), "'Applicable period' means— (a) in relation to accommodation in a
// hospital, 28 days, and (b) in relation to accommodation in a care home, 8 weeks" (ss.37-40 read
// again in full on 2026-12-07 in the revised text of legislation.gov.uk/ukpga/2005/9 as mirrored
// in github.com/legalize-dev/legalize-uk, uk/ukpga-2005-9.md).
//
// s.39, read at legislation.gov.uk (the Act as revised, plain view): the same shape for the
// council, with 8 weeks throughout. (1A)(a) and (1B): in England it applies only to
// accommodation provided under Part 1 of the Care Act 2014 or MHA s.117 (the old (2) now serves
// Wales); (3) the MHA obligation; (3A) the DoLS exception; (4) "Before making the arrangements,
// the local authority must instruct an independent mental capacity advocate to represent P
// unless they are satisfied that— (a) the accommodation is likely to be provided for a
// continuous period of less than 8 weeks, or (b) the arrangements need to be made as a matter of
// urgency"; (5) if they "did not instruct ... because they were satisfied that subsection (4)(a)
// or (b) applied, but (b) subsequently have reason to believe that the accommodation is likely
// to be provided for a continuous period that will end 8 weeks or more after the day on which
// accommodation was first provided in accordance with the arrangements", they must instruct one
// (read in full in the mirror named above, whose text of s.39 is the version with the old (2),
// National Assistance Act 1948 ss.21 and 29, rather than (1A)-(1B); (3A)-(5) are word for word
// as quoted here).
//
// SI 2006/2883 reg 3, read at legislation.gov.uk (as made): (1)(a) qualifying arrangements as
// to the accommodation of P, who lacks capacity to agree to them; (b) a review proposed or in
// progress; (c) nobody appropriate to consult; (d) no nominee, attorney or deputy; (e) ss.37-39
// do not apply; (2) "qualifying arrangements": accommodation provided for a continuous period of
// 12 weeks or more, not as a result of an obligation under the Mental Health Act 1983.

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

#include <QLocale>

namespace alongside::core::imca {

namespace {

constexpr int kHospitalDays = 28;
constexpr int kEightWeeks = 8 * 7;
constexpr int kTwelveWeeks = 12 * 7;

// The citations of the section the accommodation falls under.
struct Law {
    QString applies;     // (1)
    QString consult;     // (1), the condition about consulting
    QString mhaOutside;  // (2) or (3)
    QString dols;        // (2A) or (3A)
    QString shortStay;   // (3)(a) or (4)(a)
    QString urgency;     // (3)(b) or (4)(b)
    QString before;      // (3) or (4): the duty before making the arrangements
    QString afterwards;  // (4) or (5): the duty once the stay is likely to last the period
    QString afterPeriod; // where the period counted from the first day is set out
};

const Law kNhs{QStringLiteral("MCA 2005 s.38(1)"),
               QStringLiteral("MCA 2005 s.38(1)"),
               QStringLiteral("MCA 2005 s.38(2)"),
               QStringLiteral("MCA 2005 s.38(2A)"),
               QStringLiteral("MCA 2005 s.38(3)(a), (9)"),
               QStringLiteral("MCA 2005 s.38(3)(b)"),
               QStringLiteral("MCA 2005 s.38(3)"),
               QStringLiteral("MCA 2005 s.38(4)"),
               QStringLiteral("MCA 2005 s.38(4)(b)(i)-(ii), (9)")};
const Law kCouncil{QStringLiteral("MCA 2005 s.39(1)"),    QStringLiteral("MCA 2005 s.39(1)"),
                   QStringLiteral("MCA 2005 s.39(3)"),    QStringLiteral("MCA 2005 s.39(3A)"),
                   QStringLiteral("MCA 2005 s.39(4)(a)"), QStringLiteral("MCA 2005 s.39(4)(b)"),
                   QStringLiteral("MCA 2005 s.39(4)"),    QStringLiteral("MCA 2005 s.39(5)"),
                   QStringLiteral("MCA 2005 s.39(5)")};

// What the accommodation facts share between s.38 and s.39.
struct Stay {
    YesNoUnknown lacksCapacityToAgree;
    std::optional<int> likelyDays;
    YesNoUnknown urgent;
    QDate arrangementsMadeOn;
};

QString longDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

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

// ss.38(2A), 39(3A): both limbs must hold to take the duty away.
void dolsException(FindingBuilder& builder, DolsImca dols, YesNoUnknown relevantPlace,
                   const QString& citation)
{
    if (relevantPlace == YesNoUnknown::No || dols == DolsImca::NotRequired)
        return;
    if (dols == DolsImca::Must) {
        if (relevantPlace == YesNoUnknown::Yes)
            builder.against(
                ImcaText::tr("An IMCA must be appointed under s.39A or s.39C of the Act for this "
                             "hospital or care home, the relevant one under the DoLS authorisation."),
                citation);
        else
            builder.unknown(
                ImcaText::tr("An IMCA must be appointed under the Deprivation of Liberty Safeguards: "
                             "record whether this is the hospital or care home that authorisation is "
                             "about."),
                citation + QStringLiteral("(b)"));
        return;
    }
    if (relevantPlace != YesNoUnknown::Yes)
        return; // no DoLS facts for this place: the Safeguards are not in prospect here
    builder.unknown(
        dols == DolsImca::NotInProspect
            ? ImcaText::tr("This is the hospital or care home of a DoLS authorisation: record the DoLS "
                           "facts, to see whether an IMCA must be appointed under s.39A or s.39C.")
            : ImcaText::tr("Whether an IMCA must be appointed under s.39A or s.39C for this hospital or "
                           "care home is not yet settled."),
        citation + QStringLiteral("(a)"));
}

// The arrangements are already made without an IMCA (short stay expected, or urgent): the duty
// follows once the stay, counted from its first day, is likely to last the period.
void stayCountedFromFirstDay(FindingBuilder& builder, const Stay& stay, int threshold, const QString& period,
                             const Law& law)
{
    const QString since = longDate(stay.arrangementsMadeOn);
    if (!stay.likelyDays) {
        builder.unknown(
            ImcaText::tr("Record how long the stay, counted from its first day (%1), is now likely to "
                         "last (the duty turns on %2).")
                .arg(since, period),
            law.afterPeriod);
    } else if (*stay.likelyDays < threshold) {
        builder.against(
            ImcaText::tr("The stay, counted from its first day (%1), is likely to last %2, less than "
                         "%3.")
                .arg(since, dayCount(*stay.likelyDays), period),
            law.afterPeriod);
        builder.prompt(
            ImcaText::tr("Keep the length of stay under review: once there is reason to believe it will "
                         "last %1 or more from its first day, an IMCA must be instructed.")
                .arg(period),
            law.afterwards);
    } else {
        builder.because(
            ImcaText::tr("The arrangements were made on %1 without an IMCA, and the stay, counted from "
                         "that first day, is now likely to last %2: %3 or more.")
                .arg(since, dayCount(*stay.likelyDays), period),
            law.afterPeriod);
    }
}

// The arrangements are only proposed: an IMCA is instructed before they are made, unless the
// stay is likely to be shorter than the period or the arrangements are urgent.
void proposedStay(FindingBuilder& builder, const Stay& stay, int threshold, const QString& period,
                  const Law& law)
{
    if (!stay.likelyDays) {
        builder.unknown(
            ImcaText::tr("Record how long the accommodation is likely to last (the duty turns on %1).")
                .arg(period),
            law.shortStay);
    } else if (*stay.likelyDays < threshold) {
        builder.against(ImcaText::tr("The accommodation is likely to last %1, less than %2.")
                            .arg(dayCount(*stay.likelyDays), period),
                        law.shortStay);
        builder.prompt(
            ImcaText::tr("Keep the length of stay under review: if there comes to be reason to believe "
                         "it will last %1 or more from its first day, an IMCA must then be instructed.")
                .arg(period),
            law.afterwards);
    } else {
        builder.because(ImcaText::tr("The accommodation is likely to last %1: %2 or more.")
                            .arg(dayCount(*stay.likelyDays), period),
                        law.shortStay);
    }
}

ImcaFinding decide(FindingBuilder& builder, const Stay& stay, int threshold, const QString& period,
                   const Law& law, const QString& rule)
{
    builder.lacksCapacity(stay.lacksCapacityToAgree, ImcaText::tr("to agree to the arrangements"),
                          law.applies);
    const bool made = stay.arrangementsMadeOn.isValid();
    if (made)
        stayCountedFromFirstDay(builder, stay, threshold, period, law);
    else
        proposedStay(builder, stay, threshold, period, law);
    ImcaFinding finding = builder.settle(ImcaDuty::Must, rule, made ? law.afterwards : law.before);
    if (finding.duty != ImcaDuty::Must)
        return finding;
    if (made) {
        finding.timing = ImcaTiming::AfterArrangementsMade;
        finding.reasons.push_back({ImcaText::tr("Instruct the IMCA now."), law.afterwards});
    } else if (stay.urgent == YesNoUnknown::Yes) {
        finding.timing = ImcaTiming::NotBeforeUrgentAction;
        finding.citation = law.afterwards;
        finding.reasons.push_back(
            {ImcaText::tr(
                 "The arrangements need to be made as a matter of urgency: they may be made first. As the "
                 "stay is likely to last that long, the IMCA must then be instructed."),
             law.urgency});
    } else if (stay.urgent == YesNoUnknown::NotKnown) {
        finding.missing.push_back(
            {ImcaText::tr(
                 "Record whether the arrangements need to be made as a matter of urgency (if so, they "
                 "may be made first and the IMCA instructed after)."),
             law.urgency});
    }
    return finding;
}

} // namespace

ImcaFinding nhsAccommodation(const NhsAccommodation& accommodation, const PeopleToConsult& people,
                             DolsImca dols)
{
    FindingBuilder builder(ImcaTrigger::NhsAccommodation);
    mentalHealthActObligation(builder, accommodation.mentalHealthActObligation, kNhs.mhaOutside);
    dolsException(builder, dols, accommodation.dolsRelevantPlace, kNhs.dols);
    builder.section40(people, AuthorityMatter::Accommodation, kNhs.consult);
    builder.nobodyToConsult(people, kNhs.consult);
    const bool hospital = accommodation.setting == PlacementSetting::Hospital;
    const Stay stay{accommodation.lacksCapacityToAgree, accommodation.likelyDays, accommodation.urgent,
                    accommodation.arrangementsMadeOn};
    return decide(
        builder, stay, hospital ? kHospitalDays : kEightWeeks,
        hospital ? ImcaText::tr("28 days in a hospital") : ImcaText::tr("8 weeks in a care home"), kNhs,
        ImcaText::tr("Accommodation arranged by an NHS body, with nobody to consult: the NHS body must "
                     "instruct an IMCA"));
}

ImcaFinding councilAccommodation(const CouncilAccommodation& accommodation, const PeopleToConsult& people,
                                 DolsImca dols)
{
    FindingBuilder builder(ImcaTrigger::CouncilAccommodation);
    if (accommodation.basis == AccommodationBasis::Other)
        builder.against(
            ImcaText::tr("The accommodation is not arranged under Part 1 of the Care Act 2014 or as "
                         "after-care under s.117 of the Mental Health Act 1983."),
            QStringLiteral("MCA 2005 s.39(1A)(a), (1B)"));
    mentalHealthActObligation(builder, accommodation.mentalHealthActObligation, kCouncil.mhaOutside);
    dolsException(builder, dols, accommodation.dolsRelevantPlace, kCouncil.dols);
    builder.section40(people, AuthorityMatter::Accommodation, kCouncil.consult);
    builder.nobodyToConsult(people, kCouncil.consult);
    const Stay stay{accommodation.lacksCapacityToAgree, accommodation.likelyDays, accommodation.urgent,
                    accommodation.arrangementsMadeOn};
    return decide(
        builder, stay, kEightWeeks, ImcaText::tr("8 weeks"), kCouncil,
        ImcaText::tr("Residential accommodation arranged by the council, with nobody to consult: the "
                     "council must instruct an IMCA"));
}

ImcaFinding careReview(const CareReview& review, const PeopleToConsult& people, bool sections37To39Apply)
{
    FindingBuilder builder(ImcaTrigger::CareReview);
    builder.because(ImcaText::tr("A review of the accommodation arrangements is proposed or in progress."),
                    QStringLiteral("SI 2006/2883 reg 3(1)(b)"));
    if (sections37To39Apply)
        builder.against(
            ImcaText::tr("An IMCA must be instructed under ss.37-39 of the Mental Capacity Act, which "
                         "takes the place of this power."),
            QStringLiteral("SI 2006/2883 reg 3(1)(e)"));
    mentalHealthActObligation(builder, review.mentalHealthActObligation,
                              QStringLiteral("SI 2006/2883 reg 3(2)"));
    builder.lacksCapacity(review.lacksCapacity, ImcaText::tr("to agree to the accommodation arrangements"),
                          QStringLiteral("SI 2006/2883 reg 3(1)(a)"));
    builder.noRepresentativeAtAll(people);
    builder.nobodyToConsult(people, QStringLiteral("SI 2006/2883 reg 3(1)(c)"));
    const QString qualifying = QStringLiteral("SI 2006/2883 reg 3(1)(a), (2)");
    if (!review.accommodatedSince.isValid() || !review.reviewOn.isValid()) {
        builder.unknown(
            ImcaText::tr("Record when the accommodation began and when the review is, to count the "
                         "12 weeks."),
            qualifying);
    } else {
        const auto days = static_cast<int>(review.accommodatedSince.daysTo(review.reviewOn));
        if (days < kTwelveWeeks)
            builder.against(
                ImcaText::tr("By the review they will have been accommodated for %1, less than 12 "
                             "weeks.")
                    .arg(dayCount(days)),
                qualifying);
        else
            builder.because(ImcaText::tr("By the review they will have been accommodated for %1: 12 weeks or "
                                         "more.")
                                .arg(dayCount(days)),
                            qualifying);
    }
    return builder.settlePower(
        review.particularBenefit,
        ImcaText::tr(
            "Care review of accommodation held 12 weeks or more, with nobody to consult: the council or NHS "
            "body may instruct an IMCA if satisfied it would be of particular benefit to them"));
}

} // namespace alongside::core::imca
