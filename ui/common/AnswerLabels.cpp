#include "common/AnswerLabels.h"

#include <QCoreApplication>

namespace alongside::ui {

void leaveUnanswered(QComboBox* combo, const QString& prompt)
{
    combo->setPlaceholderText(prompt);
    combo->setCurrentIndex(-1);
}

QString answerLabel(core::YesNoUnknown value)
{
    switch (value) {
    case core::YesNoUnknown::Yes:
        return QCoreApplication::translate("AnswerLabels", "Yes");
    case core::YesNoUnknown::No:
        return QCoreApplication::translate("AnswerLabels", "No");
    case core::YesNoUnknown::NotKnown:
        return QCoreApplication::translate("AnswerLabels", "Not known yet");
    }
    return {};
}

QString answerLabel(core::FeelsSafer value)
{
    switch (value) {
    case core::FeelsSafer::Yes:
        return QCoreApplication::translate("AnswerLabels", "Yes");
    case core::FeelsSafer::Partly:
        return QCoreApplication::translate("AnswerLabels", "Partly");
    case core::FeelsSafer::No:
        return QCoreApplication::translate("AnswerLabels", "No");
    case core::FeelsSafer::NotAsked:
        return QCoreApplication::translate("AnswerLabels", "Not asked");
    }
    return {};
}

QString answerLabel(core::ExperienceRespondent value)
{
    switch (value) {
    case core::ExperienceRespondent::NotAsked:
        return QCoreApplication::translate("AnswerLabels", "Nobody asked yet");
    case core::ExperienceRespondent::Person:
        return QCoreApplication::translate("AnswerLabels", "The person themselves");
    case core::ExperienceRespondent::FamilyMember:
        return QCoreApplication::translate("AnswerLabels", "A family member, for them");
    case core::ExperienceRespondent::Friend:
        return QCoreApplication::translate("AnswerLabels", "A friend, for them");
    case core::ExperienceRespondent::Carer:
        return QCoreApplication::translate("AnswerLabels", "A carer, for them");
    case core::ExperienceRespondent::Imca:
        return QCoreApplication::translate("AnswerLabels", "Their IMCA, for them");
    case core::ExperienceRespondent::Advocate:
        return QCoreApplication::translate("AnswerLabels", "Their advocate, for them");
    }
    return {};
}

QString answerLabel(core::ExperienceAnswer value)
{
    switch (value) {
    case core::ExperienceAnswer::Yes:
        return QCoreApplication::translate("AnswerLabels", "Yes");
    case core::ExperienceAnswer::Partly:
        return QCoreApplication::translate("AnswerLabels", "Partly");
    case core::ExperienceAnswer::No:
        return QCoreApplication::translate("AnswerLabels", "No");
    case core::ExperienceAnswer::NotAsked:
        return QCoreApplication::translate("AnswerLabels", "Not asked");
    }
    return {};
}

QString answerLabel(core::OutcomeVoice value)
{
    switch (value) {
    case core::OutcomeVoice::Person:
        return QCoreApplication::translate("AnswerLabels", "The person, in their own words");
    case core::OutcomeVoice::BestInterests:
        return QCoreApplication::translate("AnswerLabels", "A best-interests decision");
    case core::OutcomeVoice::Advocate:
        return QCoreApplication::translate("AnswerLabels", "Their advocate");
    }
    return {};
}

QString answerLabel(core::EnquiryDecision value)
{
    switch (value) {
    case core::EnquiryDecision::Section42:
        return QCoreApplication::translate("AnswerLabels", "Section 42 enquiry");
    case core::EnquiryDecision::OtherEnquiry:
        return QCoreApplication::translate("AnswerLabels", "Other enquiry");
    case core::EnquiryDecision::NoEnquiry:
        return QCoreApplication::translate("AnswerLabels", "No enquiry");
    }
    return {};
}

QString answerLabel(core::Participation value)
{
    switch (value) {
    case core::Participation::InPerson:
        return QCoreApplication::translate("AnswerLabels", "In person");
    case core::Participation::WithAdvocate:
        return QCoreApplication::translate("AnswerLabels", "With an advocate");
    case core::Participation::WithInterpreter:
        return QCoreApplication::translate("AnswerLabels", "With an interpreter");
    case core::Participation::AtMeeting:
        return QCoreApplication::translate("AnswerLabels", "At a meeting");
    case core::Participation::ByPhone:
        return QCoreApplication::translate("AnswerLabels", "By phone");
    case core::Participation::ThroughRepresentative:
        return QCoreApplication::translate("AnswerLabels", "Through a representative");
    }
    return {};
}

QString answerLabel(core::Involvement value)
{
    switch (value) {
    case core::Involvement::Wanted:
        return QCoreApplication::translate("AnswerLabels", "Wants them involved");
    case core::Involvement::NotWanted:
        return QCoreApplication::translate("AnswerLabels", "Does not want them involved");
    case core::Involvement::NotAsked:
        return QCoreApplication::translate("AnswerLabels", "Not asked yet");
    }
    return {};
}

QString answerLabel(core::LegalRepresentative::Kind value)
{
    using Kind = core::LegalRepresentative::Kind;
    switch (value) {
    case Kind::LpaHealthAndWelfare:
        return QCoreApplication::translate("AnswerLabels", "Lasting power of attorney: health and welfare");
    case Kind::LpaPropertyAndFinancialAffairs:
        return QCoreApplication::translate("AnswerLabels",
                                           "Lasting power of attorney: property and financial affairs");
    case Kind::DeputyHealthAndWelfare:
        return QCoreApplication::translate("AnswerLabels", "Deputy: health and welfare");
    case Kind::DeputyPropertyAndAffairs:
        return QCoreApplication::translate("AnswerLabels", "Deputy: property and affairs");
    case Kind::EnduringPowerOfAttorney:
        return QCoreApplication::translate("AnswerLabels",
                                           "Enduring power of attorney (property and affairs)");
    case Kind::NominatedPerson:
        return QCoreApplication::translate("AnswerLabels", "Nominated by them to be consulted");
    }
    return {};
}

} // namespace alongside::ui
