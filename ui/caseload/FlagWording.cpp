#include "caseload/FlagWording.h"

#include <QCoreApplication>

namespace alongside::ui {

QString shortFlagText(core::CaseFlagKind kind)
{
    switch (kind) {
    case core::CaseFlagKind::OutcomesNotAsked:
        return QCoreApplication::translate("FlagWording", "Outcomes not asked");
    case core::CaseFlagKind::NotSeenAlone:
        return QCoreApplication::translate("FlagWording", "Not seen alone");
    case core::CaseFlagKind::NoConversationIn24Hours:
        return QCoreApplication::translate("FlagWording", "Not spoken with in 24 hours");
    case core::CaseFlagKind::OutcomesNotRevisited:
        return QCoreApplication::translate("FlagWording", "Outcomes not revisited");
    case core::CaseFlagKind::ClosedWithoutPersonsView:
        return QCoreApplication::translate("FlagWording", "Closed without their view");
    case core::CaseFlagKind::AdvocacyNotChecked:
        return QCoreApplication::translate("FlagWording", "Advocacy not checked");
    case core::CaseFlagKind::CapacityDoubtedNotAssessed:
        return QCoreApplication::translate("FlagWording", "Capacity doubted, not assessed");
    case core::CaseFlagKind::RiskReviewOverdue:
        return QCoreApplication::translate("FlagWording", "Risk review overdue");
    }
    return {};
}

QString searchSourceLabel(const QString& source)
{
    if (source == QLatin1String("person"))
        return QCoreApplication::translate("FlagWording", "Name");
    if (source == QLatin1String("note"))
        return QCoreApplication::translate("FlagWording", "Note");
    if (source == QLatin1String("conversation"))
        return QCoreApplication::translate("FlagWording", "Conversation");
    if (source == QLatin1String("words"))
        return QCoreApplication::translate("FlagWording", "Their own words");
    if (source == QLatin1String("concern"))
        return QCoreApplication::translate("FlagWording", "Concern");
    if (source == QLatin1String("outcome"))
        return QCoreApplication::translate("FlagWording", "What they want");
    return source;
}

} // namespace alongside::ui
