// MCA 2005 s.40 (exceptions to the IMCA duties) and SI 2006/2883 reg 3(1)(d): nominees,
// attorneys and deputies.
//
// s.40, read in full on 2026-12-07 in the Statute Law Database text of
// legislation.gov.uk/ukpga/2005/9 (revised), as mirrored in github.com/legalize-dev/legalize-uk,
// uk/ukpga-2005-9.md (the same words as the substitution made by Mental Health Act 2007 s.49,
// read at legislation.gov.uk/ukpga/2007/12/part/2): "(1) The duty imposed by section 37(3),
// 38(3) or (4), 39(4) or (5), 39A(3), 39C(3) or 39D(2) does not apply where there is— (a) a person
// nominated by P (in whatever manner) as a person to be consulted on matters to which that duty
// relates, (b) a donee of a lasting power of attorney created by P who is authorised to make
// decisions in relation to those matters, or (c) a deputy appointed by the court for P with power
// to make decisions in relation to those matters. (2) A person appointed under Part 10 of
// Schedule A1 to be P's representative is not, by virtue of that appointment, a person nominated
// by P ...". A donee of an enduring power is not among them.
//
// SI 2006/2883 reg 3(1)(d), read at legislation.gov.uk (as made): none of "(i) a person
// nominated by P (in whatever manner) as a person to be consulted in matters affecting his
// interests, (ii) a donee of a lasting power of attorney created by P, (iii) a deputy appointed
// by the Court of Protection for P, or (iv) a donee of an enduring power of attorney" may exist:
// unlike s.40, whatever their authority covers.

#include "rules/ImcaParts.h"
#include "rules/RuleText.h"

namespace alongside::core::imca {

namespace {

QString describe(const AuthorisedRepresentative& representative)
{
    const QString name = representative.name.trimmed();
    return name.isEmpty() ? roleWords(representative.role)
                          : ImcaText::tr("%1 (%2)").arg(name, roleWords(representative.role));
}

QString coveredMatters(const AuthorisedRepresentative& representative)
{
    QStringList words;
    for (const AuthorityMatter matter : representative.covers)
        words << matterWords(matter);
    return words.join(ImcaText::tr(", "));
}

// The paragraph of s.40(1) that names this kind of representative; empty when none does.
QString section40Paragraph(AuthorisedRole role)
{
    switch (role) {
    case AuthorisedRole::NominatedPerson:
        return QStringLiteral("MCA 2005 s.40(1)(a)");
    case AuthorisedRole::LastingAttorney:
        return QStringLiteral("MCA 2005 s.40(1)(b)");
    case AuthorisedRole::Deputy:
        return QStringLiteral("MCA 2005 s.40(1)(c)");
    case AuthorisedRole::EnduringAttorney:
        break;
    }
    return {};
}

QString regulation3Paragraph(AuthorisedRole role)
{
    switch (role) {
    case AuthorisedRole::NominatedPerson:
        return QStringLiteral("SI 2006/2883 reg 3(1)(d)(i)");
    case AuthorisedRole::LastingAttorney:
        return QStringLiteral("SI 2006/2883 reg 3(1)(d)(ii)");
    case AuthorisedRole::Deputy:
        return QStringLiteral("SI 2006/2883 reg 3(1)(d)(iii)");
    case AuthorisedRole::EnduringAttorney:
        break;
    }
    return QStringLiteral("SI 2006/2883 reg 3(1)(d)(iv)");
}

} // namespace

QString roleWords(AuthorisedRole role)
{
    switch (role) {
    case AuthorisedRole::NominatedPerson:
        return ImcaText::tr("nominated by them to be consulted");
    case AuthorisedRole::LastingAttorney:
        return ImcaText::tr("attorney under a lasting power of attorney");
    case AuthorisedRole::EnduringAttorney:
        return ImcaText::tr("attorney under an enduring power of attorney");
    case AuthorisedRole::Deputy:
        break;
    }
    return ImcaText::tr("deputy appointed by the Court of Protection");
}

QString matterWords(AuthorityMatter matter)
{
    switch (matter) {
    case AuthorityMatter::MedicalTreatment:
        return ImcaText::tr("medical treatment");
    case AuthorityMatter::Accommodation:
        return ImcaText::tr("where they live");
    case AuthorityMatter::DeprivationOfLiberty:
        return ImcaText::tr("deprivation of liberty");
    case AuthorityMatter::PropertyAndAffairs:
        return ImcaText::tr("property and financial affairs");
    case AuthorityMatter::OtherMatters:
        break;
    }
    return ImcaText::tr("other matters");
}

void FindingBuilder::section40(const PeopleToConsult& people, AuthorityMatter matter,
                               const QString& consultCitation)
{
    QStringList notCovering; // people who might still be appropriate to consult
    for (const AuthorisedRepresentative& representative : people.representatives) {
        const QString who = describe(representative);
        const QString paragraph = section40Paragraph(representative.role);
        if (paragraph.isEmpty()) {
            because(
                ImcaText::tr("%1: an enduring power of attorney is not one of the exceptions in s.40(1), so "
                             "it does not take this duty away.")
                    .arg(who),
                QStringLiteral("MCA 2005 s.40(1)"));
            notCovering << who;
        } else if (!representative.coversRecorded()) {
            unknown(ImcaText::tr("Record what %1 covers: the duty does not apply if it covers %2.")
                        .arg(who, matterWords(matter)),
                    paragraph);
        } else if (representative.coversMatter(matter)) {
            against(representative.role == AuthorisedRole::NominatedPerson
                        ? ImcaText::tr("%1, for %2: the duty does not apply.").arg(who, matterWords(matter))
                        : ImcaText::tr("%1, with authority for %2: the duty does not apply.")
                              .arg(who, matterWords(matter)),
                    paragraph);
        } else {
            because(ImcaText::tr("%1 covers %2, not %3, so does not take this duty away.")
                        .arg(who, coveredMatters(representative), matterWords(matter)),
                    paragraph);
            notCovering << who;
        }
    }
    if (!consultCitation.isEmpty() && !notCovering.isEmpty() && people.familyOrFriends != YesNoUnknown::Yes)
        prompt(ImcaText::tr("%1 may still be someone appropriate to consult about their best interests: "
                            "decide, and record it with family and friends.")
                   .arg(notCovering.join(ImcaText::tr("; "))),
               consultCitation);
}

void FindingBuilder::noRepresentativeAtAll(const PeopleToConsult& people)
{
    for (const AuthorisedRepresentative& representative : people.representatives)
        against(
            ImcaText::tr("There is %1: this power needs there to be no nominee, attorney or deputy at all, "
                         "whatever they cover.")
                .arg(describe(representative)),
            regulation3Paragraph(representative.role));
}

} // namespace alongside::core::imca
