// Deprivation of Liberty Safeguards: MCA 2005 ss.39A, 39C and 39D, and s.40 for all three.
//
// Read at mentalhealthlaw.co.uk (the Act as amended): s.39A(1)-(6) (the list in (1) only in
// outline: P becomes subject to Schedule A1, and the managing authority is satisfied there is
// nobody appropriate to consult; (3) "The supervisory body must instruct an independent mental
// capacity advocate to represent P"); s.39B(1)-(9) (when P "becomes subject to Schedule A1":
// an urgent authorisation, or a request for a standard one); s.39C(1)-(6) in full (an
// authorisation in force, the representative's appointment ends, nobody appropriate to consult;
// (3) the duty; (5) the IMCA's appointment ends with a new representative); s.39D(2)-(10) in
// outline (the three cases in (3)-(5)). s.40(1) names the duties under s.39A(3), s.39C(3) and
// s.39D(2) among those a nominee, attorney or deputy for those matters takes away.

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

namespace {

ImcaFinding request(const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::DolsRequest);
    builder.because(
        ImcaText::tr("They have become subject to the Safeguards: an urgent authorisation was given "
                     "or a standard authorisation requested."),
        QStringLiteral("MCA 2005 s.39A(1)(a), s.39B"));
    builder.section40(people, AuthorityMatter::DeprivationOfLiberty, QStringLiteral("MCA 2005 s.39A(1)(b)"));
    builder.nobodyToConsult(people, QStringLiteral("MCA 2005 s.39A(1)(b)"));
    return builder.settle(
        ImcaDuty::Must,
        ImcaText::tr("A DoLS authorisation is requested and there is nobody to consult: the "
                     "supervisory body must instruct an IMCA"),
        QStringLiteral("MCA 2005 s.39A(3)"));
}

ImcaFinding representativeGap(const DolsFacts& facts, const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::DolsRepresentativeGap);
    if (!facts.representativeAppointmentEnded) {
        // Every authorisation needs a representative (Schedule A1 Part 10).
        builder.unknown(
            ImcaText::tr("An authorisation is in force with no representative recorded: record who "
                         "the representative is, or that their appointment has ended."),
            QStringLiteral("MCA 2005 s.39C(1)(b)"));
        return builder.settle(ImcaDuty::Must, QString(), QString());
    }
    builder.because(ImcaText::tr("The representative's appointment has ended while the authorisation is in "
                                 "force."),
                    QStringLiteral("MCA 2005 s.39C(1)(a)-(b)"));
    builder.section40(people, AuthorityMatter::DeprivationOfLiberty, QStringLiteral("MCA 2005 s.39C(1)(c)"));
    builder.nobodyToConsult(people, QStringLiteral("MCA 2005 s.39C(1)(c)"));
    ImcaFinding finding = builder.settle(
        ImcaDuty::Must,
        ImcaText::tr("The representative's appointment has ended and there is nobody "
                     "to consult: the supervisory body must instruct an IMCA"),
        QStringLiteral("MCA 2005 s.39C(3)"));
    if (finding.duty == ImcaDuty::Must)
        finding.reasons.push_back({ImcaText::tr("The IMCA acts until a new representative is appointed."),
                                   QStringLiteral("MCA 2005 s.39C(5)")});
    return finding;
}

ImcaFinding unpaidRepresentative(const DolsFacts& facts, const PeopleToConsult& people)
{
    FindingBuilder builder(ImcaTrigger::DolsUnpaidRepresentative);
    if (facts.representative == RepresentativeKind::Paid) {
        builder.against(ImcaText::tr("Their representative is paid to act, so s.39D does not apply."),
                        QStringLiteral("MCA 2005 s.39D(1)(c)"));
        return builder.settle(ImcaDuty::Must, QString(), QString());
    }
    builder.because(ImcaText::tr("An authorisation is in force and their representative is not paid to act."),
                    QStringLiteral("MCA 2005 s.39D(1)"));
    // s.40(1) names the s.39D(2) duty too; there is no "nobody to consult" condition in s.39D.
    builder.section40(people, AuthorityMatter::DeprivationOfLiberty, QString());
    bool caseMet = false;
    if (facts.personAsks) {
        builder.because(ImcaText::tr("They have asked for an IMCA."), QStringLiteral("MCA 2005 s.39D(3)"));
        caseMet = true;
    }
    if (facts.representativeAsks) {
        builder.because(ImcaText::tr("Their representative has asked for an IMCA."),
                        QStringLiteral("MCA 2005 s.39D(4)"));
        caseMet = true;
    }
    if (facts.rightsAtRisk == YesNoUnknown::Yes) {
        builder.because(
            ImcaText::tr("There is reason to believe that, without an IMCA, they and their representative "
                         "would not use their rights to a review or to apply to the court when it would "
                         "be reasonable to."),
            QStringLiteral("MCA 2005 s.39D(5)"));
        caseMet = true;
    }
    if (!caseMet && facts.rightsAtRisk == YesNoUnknown::NotKnown)
        builder.unknown(
            ImcaText::tr("Consider whether, without an IMCA, they and their representative would be "
                         "unable, or unlikely, to use their rights to a review or to apply to the court."),
            QStringLiteral("MCA 2005 s.39D(5)"));
    else if (!caseMet)
        builder.against(
            ImcaText::tr("Neither they nor their representative has asked for an IMCA, and there is no "
                         "reason to believe their rights will go unused."),
            QStringLiteral("MCA 2005 s.39D(2)-(5)"));
    return builder.settle(
        ImcaDuty::Must,
        ImcaText::tr("An unpaid representative, and a request or rights at risk: the supervisory "
                     "body must instruct an IMCA"),
        QStringLiteral("MCA 2005 s.39D(2)"));
}

} // namespace

std::vector<ImcaFinding> dols(const DolsFacts& facts, const PeopleToConsult& people)
{
    if (facts.stage == DolsStage::Requested)
        return {request(people)};
    std::vector<ImcaFinding> findings;
    if (facts.representativeAppointmentEnded || facts.representative == RepresentativeKind::None)
        findings.push_back(representativeGap(facts, people));
    else
        findings.push_back(unpaidRepresentative(facts, people));
    return findings;
}

} // namespace alongside::core::imca
