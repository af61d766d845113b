#include "model/Answers.h"

#include "model/CodeTable.h"

#include <QStringList>

#include <array>
#include <utility>

namespace alongside::core {

namespace {

constexpr CodeTable<YesNoUnknown, 3> kYesNoUnknown{
    {{YesNoUnknown::Yes, "yes"}, {YesNoUnknown::No, "no"}, {YesNoUnknown::NotKnown, "not-known"}}};
constexpr CodeTable<FeelsSafer, 4> kFeelsSafer{{{FeelsSafer::Yes, "yes"},
                                                {FeelsSafer::Partly, "partly"},
                                                {FeelsSafer::No, "no"},
                                                {FeelsSafer::NotAsked, "not-asked"}}};
constexpr CodeTable<OutcomeVoice, 3> kOutcomeVoice{{{OutcomeVoice::Person, "person"},
                                                    {OutcomeVoice::BestInterests, "best-interests"},
                                                    {OutcomeVoice::Advocate, "advocate"}}};
constexpr CodeTable<EnquiryDecision, 3> kEnquiryDecision{{{EnquiryDecision::Section42, "section-42-enquiry"},
                                                          {EnquiryDecision::OtherEnquiry, "other-enquiry"},
                                                          {EnquiryDecision::NoEnquiry, "no-enquiry"}}};
constexpr CodeTable<Participation, 6> kParticipation{
    {{Participation::InPerson, "in-person"},
     {Participation::WithAdvocate, "with-advocate"},
     {Participation::WithInterpreter, "with-interpreter"},
     {Participation::AtMeeting, "at-meeting"},
     {Participation::ByPhone, "by-phone"},
     {Participation::ThroughRepresentative, "through-representative"}}};
constexpr CodeTable<Involvement, 3> kInvolvement{{{Involvement::Wanted, "wanted"},
                                                  {Involvement::NotWanted, "not-wanted"},
                                                  {Involvement::NotAsked, "not-asked"}}};
constexpr CodeTable<ExperienceRespondent, 7> kExperienceRespondent{
    {{ExperienceRespondent::NotAsked, "not-asked"},
     {ExperienceRespondent::Person, "person"},
     {ExperienceRespondent::FamilyMember, "family-member"},
     {ExperienceRespondent::Friend, "friend"},
     {ExperienceRespondent::Carer, "carer"},
     {ExperienceRespondent::Imca, "imca"},
     {ExperienceRespondent::Advocate, "advocate"}}};
constexpr CodeTable<ExperienceAnswer, 4> kExperienceAnswer{{{ExperienceAnswer::Yes, "yes"},
                                                            {ExperienceAnswer::Partly, "partly"},
                                                            {ExperienceAnswer::No, "no"},
                                                            {ExperienceAnswer::NotAsked, "not-asked"}}};

} // namespace

QString storageCode(YesNoUnknown value)
{
    return codeOf(kYesNoUnknown, value);
}
QString storageCode(FeelsSafer value)
{
    return codeOf(kFeelsSafer, value);
}
QString storageCode(OutcomeVoice value)
{
    return codeOf(kOutcomeVoice, value);
}
QString storageCode(EnquiryDecision value)
{
    return codeOf(kEnquiryDecision, value);
}
QString storageCode(Participation value)
{
    return codeOf(kParticipation, value);
}
QString storageCode(Involvement value)
{
    return codeOf(kInvolvement, value);
}
QString storageCode(ExperienceRespondent value)
{
    return codeOf(kExperienceRespondent, value);
}
QString storageCode(ExperienceAnswer value)
{
    return codeOf(kExperienceAnswer, value);
}

template <>
std::optional<YesNoUnknown> fromStorageCode<YesNoUnknown>(const QString& code)
{
    return valueOf(kYesNoUnknown, code);
}
template <>
std::optional<FeelsSafer> fromStorageCode<FeelsSafer>(const QString& code)
{
    return valueOf(kFeelsSafer, code);
}
template <>
std::optional<OutcomeVoice> fromStorageCode<OutcomeVoice>(const QString& code)
{
    return valueOf(kOutcomeVoice, code);
}
template <>
std::optional<EnquiryDecision> fromStorageCode<EnquiryDecision>(const QString& code)
{
    return valueOf(kEnquiryDecision, code);
}
template <>
std::optional<Participation> fromStorageCode<Participation>(const QString& code)
{
    return valueOf(kParticipation, code);
}
template <>
std::optional<Involvement> fromStorageCode<Involvement>(const QString& code)
{
    return valueOf(kInvolvement, code);
}
template <>
std::optional<ExperienceRespondent> fromStorageCode<ExperienceRespondent>(const QString& code)
{
    return valueOf(kExperienceRespondent, code);
}
template <>
std::optional<ExperienceAnswer> fromStorageCode<ExperienceAnswer>(const QString& code)
{
    return valueOf(kExperienceAnswer, code);
}

template <>
QStringList allStorageCodes<YesNoUnknown>()
{
    return codesOf(kYesNoUnknown);
}
template <>
QStringList allStorageCodes<FeelsSafer>()
{
    return codesOf(kFeelsSafer);
}
template <>
QStringList allStorageCodes<OutcomeVoice>()
{
    return codesOf(kOutcomeVoice);
}
template <>
QStringList allStorageCodes<EnquiryDecision>()
{
    return codesOf(kEnquiryDecision);
}
template <>
QStringList allStorageCodes<Participation>()
{
    return codesOf(kParticipation);
}
template <>
QStringList allStorageCodes<Involvement>()
{
    return codesOf(kInvolvement);
}
template <>
QStringList allStorageCodes<ExperienceRespondent>()
{
    return codesOf(kExperienceRespondent);
}
template <>
QStringList allStorageCodes<ExperienceAnswer>()
{
    return codesOf(kExperienceAnswer);
}

} // namespace alongside::core
