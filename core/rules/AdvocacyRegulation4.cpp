// The Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014 (SI 2014/2889)
// reg 4: cases in which an advocate is required even though there is an appropriate
// individual. Made under Care Act 2014 s.67(7)(c), so they reach care processes only.
//
// Read at legislation.gov.uk (as made): "(1) The exception in section 67(5) of the Act does not
// apply in the circumstances specified in paragraphs (2) and (3). (2) ... (a) the exercise of the
// assessment or planning function in relation to the individual is likely to result in an NHS
// body making arrangements for the provision to that individual of accommodation in— (i) a
// hospital for a period of 28 days or more; or (ii) a care home for a period of 8 weeks or more;
// and (b) the local authority is satisfied that it would be in the best interests of the
// individual to make arrangements in relation to that individual under section 67(2) of the Act.
// (3) ... (a) there is disagreement on a material issue between the local authority and the
// person referred to in section 67(5) of the Act in the case of the individual; and (b) the local
// authority and that person agree that making arrangements under section 67(2) of the Act in
// relation to the individual would be in the best interests of that individual."

#include "rules/AdvocacyParts.h"
#include "rules/RuleText.h"

namespace alongside::core::advocacy {

namespace {

const QString kPlacement = QStringLiteral("SI 2014/2889 reg 4(2)(a)");
const QString kPlacementBestInterests = QStringLiteral("SI 2014/2889 reg 4(2)(b)");
const QString kDisagreement = QStringLiteral("SI 2014/2889 reg 4(3)(a)");
const QString kBothAgree = QStringLiteral("SI 2014/2889 reg 4(3)(b)");

// Reg 4: a hospital for 28 days or more, or a care home for 8 weeks or more.
constexpr int kHospitalDays = 28;
constexpr int kCareHomeDays = 8 * 7;

YesNoUnknown nhsPlacement(const NhsPlacementProspect& prospect, Part& part)
{
    const bool hospital = prospect.setting == PlacementSetting::Hospital;
    const int threshold = hospital ? kHospitalDays : kCareHomeDays;
    const QString where = kPlacement + (hospital ? QStringLiteral("(i)") : QStringLiteral("(ii)"));
    const QString place = hospital ? AdvocacyText::tr("a hospital for 28 days or more")
                                   : AdvocacyText::tr("a care home for 8 weeks or more");
    if (!prospect.likelyDays) {
        part.missing.push_back(
            {AdvocacyText::tr(
                 "Record how long the NHS placement is likely to last (regulation 4 turns on %1).")
                 .arg(place),
             where});
        return YesNoUnknown::NotKnown;
    }
    if (*prospect.likelyDays < threshold) {
        part.reasons.push_back(
            {AdvocacyText::tr("The NHS placement is likely to last %1, short of %2, so this "
                              "part of regulation 4 does not apply.")
                 .arg(dayCount(*prospect.likelyDays), place),
             where});
        return YesNoUnknown::No;
    }
    switch (prospect.advocateInBestInterests) {
    case YesNoUnknown::Yes:
        part.reasons.push_back(
            {AdvocacyText::tr("The process is likely to lead to an NHS placement in %1 (%2), "
                              "and the council is satisfied an advocate is in their best "
                              "interests.")
                 .arg(place, dayCount(*prospect.likelyDays)),
             where + QStringLiteral(", (b)")});
        return YesNoUnknown::Yes;
    case YesNoUnknown::No:
        part.reasons.push_back({AdvocacyText::tr("An NHS placement in %1 is likely, but the council is not "
                                                 "satisfied an advocate is in their best interests.")
                                    .arg(place),
                                kPlacementBestInterests});
        return YesNoUnknown::No;
    case YesNoUnknown::NotKnown:
        break;
    }
    part.missing.push_back(
        {AdvocacyText::tr("An NHS placement in %1 is likely: decide whether an advocate would be "
                          "in their best interests.")
             .arg(place),
         kPlacementBestInterests});
    return YesNoUnknown::NotKnown;
}

YesNoUnknown disagreement(const MaterialDisagreement& disagreement, Part& part)
{
    const QString about = disagreement.about.trimmed();
    const QString what = about.isEmpty()
        ? AdvocacyText::tr("The council and the appropriate individual disagree "
                           "on a material issue")
        : AdvocacyText::tr("The council and the appropriate individual disagree "
                           "on a material issue (%1)")
              .arg(about);
    switch (disagreement.bothAgreeAdvocateInBestInterests) {
    case YesNoUnknown::Yes:
        part.reasons.push_back(
            {AdvocacyText::tr("%1, and both agree an advocate would be in their best interests.").arg(what),
             kDisagreement + QStringLiteral("-(b)")});
        return YesNoUnknown::Yes;
    case YesNoUnknown::No:
        part.reasons.push_back(
            {AdvocacyText::tr("%1, but they do not both agree an advocate would be in their best interests.")
                 .arg(what),
             kBothAgree});
        return YesNoUnknown::No;
    case YesNoUnknown::NotKnown:
        break;
    }
    part.missing.push_back(
        {AdvocacyText::tr("%1: record whether both agree an advocate would be in their best interests.")
             .arg(what),
         kBothAgree});
    return YesNoUnknown::NotKnown;
}

} // namespace

Part regulation4(const AdvocacySituation& situation, const Law& law)
{
    Part part;
    part.answer = YesNoUnknown::No;
    if (!situation.nhsPlacement && !situation.disagreement)
        return part;
    if (law.safeguarding) {
        part.reasons.push_back(
            {AdvocacyText::tr("Regulation 4 applies to care processes (s.67) only, not to "
                              "safeguarding enquiries or reviews (s.68), so it is not used here."),
             QStringLiteral("Care Act 2014 s.67(7)(c); SI 2014/2889 reg 4(1)")});
        return part;
    }
    const YesNoUnknown answers[] = {
        situation.nhsPlacement ? nhsPlacement(*situation.nhsPlacement, part) : YesNoUnknown::No,
        situation.disagreement ? disagreement(*situation.disagreement, part) : YesNoUnknown::No,
    };
    bool anyUnknown = false;
    for (const YesNoUnknown answer : answers) {
        if (answer == YesNoUnknown::Yes) {
            part.answer = YesNoUnknown::Yes;
            part.missing.clear(); // one exception is enough
            return part;
        }
        anyUnknown = anyUnknown || answer == YesNoUnknown::NotKnown;
    }
    part.answer = anyUnknown ? YesNoUnknown::NotKnown : YesNoUnknown::No;
    return part;
}

} // namespace alongside::core::advocacy
