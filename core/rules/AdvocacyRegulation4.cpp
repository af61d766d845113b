// The Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014 (SI 2014/2889)
// reg 4: cases in which an advocate is required even though there is an appropriate
// individual. Made under Care Act 2014 s.67(7), so they reach care processes only.

#include "rules/AdvocacyParts.h"
#include "rules/RuleText.h"

namespace alongside::core::advocacy {

namespace {

const QString kRegulation4 = QStringLiteral("SI 2014/2889 reg 4");

// Reg 4: a hospital for 28 days or more, or a care home for 8 weeks or more.
constexpr int kHospitalDays = 28;
constexpr int kCareHomeDays = 8 * 7;

YesNoUnknown nhsPlacement(const NhsPlacementProspect& prospect, Part& part)
{
    const bool hospital = prospect.setting == PlacementSetting::Hospital;
    const int threshold = hospital ? kHospitalDays : kCareHomeDays;
    const QString place = hospital ? AdvocacyText::tr("a hospital for 28 days or more")
                                   : AdvocacyText::tr("a care home for 8 weeks or more");
    if (!prospect.likelyDays) {
        part.missing.push_back(
            {AdvocacyText::tr(
                 "Record how long the NHS placement is likely to last (regulation 4 turns on %1).")
                 .arg(place),
             kRegulation4});
        return YesNoUnknown::NotKnown;
    }
    if (*prospect.likelyDays < threshold) {
        part.reasons.push_back(
            {AdvocacyText::tr("The NHS placement is likely to last %1, short of %2, so this "
                              "part of regulation 4 does not apply.")
                 .arg(dayCount(*prospect.likelyDays), place),
             kRegulation4});
        return YesNoUnknown::No;
    }
    switch (prospect.advocateInBestInterests) {
    case YesNoUnknown::Yes:
        part.reasons.push_back(
            {AdvocacyText::tr("The process is likely to lead to an NHS placement in %1 (%2), "
                              "and the council is satisfied an advocate is in their best "
                              "interests.")
                 .arg(place, dayCount(*prospect.likelyDays)),
             kRegulation4});
        return YesNoUnknown::Yes;
    case YesNoUnknown::No:
        part.reasons.push_back({AdvocacyText::tr("An NHS placement in %1 is likely, but the council is not "
                                                 "satisfied an advocate is in their best interests.")
                                    .arg(place),
                                kRegulation4});
        return YesNoUnknown::No;
    case YesNoUnknown::NotKnown:
        break;
    }
    part.missing.push_back(
        {AdvocacyText::tr("An NHS placement in %1 is likely: decide whether an advocate would be "
                          "in their best interests.")
             .arg(place),
         kRegulation4});
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
             kRegulation4});
        return YesNoUnknown::Yes;
    case YesNoUnknown::No:
        part.reasons.push_back(
            {AdvocacyText::tr("%1, but they do not both agree an advocate would be in their best interests.")
                 .arg(what),
             kRegulation4});
        return YesNoUnknown::No;
    case YesNoUnknown::NotKnown:
        break;
    }
    part.missing.push_back(
        {AdvocacyText::tr("%1: record whether both agree an advocate would be in their best interests.")
             .arg(what),
         kRegulation4});
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
             QStringLiteral("Care Act 2014 s.67(7); SI 2014/2889 reg 4")});
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
