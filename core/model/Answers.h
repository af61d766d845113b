#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core {

// Small closed answers used across the case record. Each has a stable storage code (used in
// the store and the JSON case format; never translate or rename) and a plain label for screens.

enum class YesNoUnknown { Yes, No, NotKnown };
enum class FeelsSafer { Yes, Partly, No, NotAsked };
// Who put the outcome into words: the person themselves, or, where they could not say,
// a best-interests decision or their advocate (sector outcome measure, docs/reporting.md).
enum class OutcomeVoice { Person, BestInterests, Advocate };
enum class EnquiryDecision { Section42, OtherEnquiry, NoEnquiry };
enum class Participation {
    InPerson,
    WithAdvocate,
    WithInterpreter,
    AtMeeting,
    ByPhone,
    ThroughRepresentative
};
enum class Involvement { Wanted, NotWanted, NotAsked };
// Who answered the experience questions at closure (MSP Outcomes Framework: the adult, or a
// representative — a family member, friend, carer or IMCA; a Care Act advocate too).
enum class ExperienceRespondent { NotAsked, Person, FamilyMember, Friend, Carer, Imca, Advocate };
// An answer to an experience question: listened to, involved.
enum class ExperienceAnswer { Yes, Partly, No, NotAsked };

QString storageCode(YesNoUnknown value);
QString storageCode(FeelsSafer value);
QString storageCode(OutcomeVoice value);
QString storageCode(EnquiryDecision value);
QString storageCode(Participation value);
QString storageCode(Involvement value);
QString storageCode(ExperienceRespondent value);
QString storageCode(ExperienceAnswer value);

template <typename Enum>
std::optional<Enum> fromStorageCode(const QString& code);
template <>
std::optional<YesNoUnknown> fromStorageCode<YesNoUnknown>(const QString& code);
template <>
std::optional<FeelsSafer> fromStorageCode<FeelsSafer>(const QString& code);
template <>
std::optional<OutcomeVoice> fromStorageCode<OutcomeVoice>(const QString& code);
template <>
std::optional<EnquiryDecision> fromStorageCode<EnquiryDecision>(const QString& code);
template <>
std::optional<Participation> fromStorageCode<Participation>(const QString& code);
template <>
std::optional<Involvement> fromStorageCode<Involvement>(const QString& code);
template <>
std::optional<ExperienceRespondent> fromStorageCode<ExperienceRespondent>(const QString& code);
template <>
std::optional<ExperienceAnswer> fromStorageCode<ExperienceAnswer>(const QString& code);

// Every code of an answer, in display order (for validation messages and pick lists).
template <typename Enum>
QStringList allStorageCodes();
template <>
QStringList allStorageCodes<YesNoUnknown>();
template <>
QStringList allStorageCodes<FeelsSafer>();
template <>
QStringList allStorageCodes<OutcomeVoice>();
template <>
QStringList allStorageCodes<EnquiryDecision>();
template <>
QStringList allStorageCodes<Participation>();
template <>
QStringList allStorageCodes<Involvement>();
template <>
QStringList allStorageCodes<ExperienceRespondent>();
template <>
QStringList allStorageCodes<ExperienceAnswer>();

} // namespace alongside::core
