#include "model/SacCategories.h"

namespace alongside::core::sac {

const QStringList& riskTypes()
{
    static const QStringList labels = {
        QStringLiteral("Physical Abuse"),
        QStringLiteral("Sexual Abuse"),
        QStringLiteral("Psychological Abuse"),
        QStringLiteral("Financial or Material Abuse"),
        QStringLiteral("Discriminatory Abuse"),
        QStringLiteral("Organisational Abuse"),
        QStringLiteral("Neglect and Acts of Omission"),
        QStringLiteral("Domestic Abuse"),
        QStringLiteral("Sexual Exploitation"),
        QStringLiteral("Modern Slavery"),
        QStringLiteral("Self-Neglect"),
    };
    return labels;
}

const QStringList& riskLocations()
{
    static const QStringList labels = {
        QStringLiteral("Own Home"),
        QStringLiteral("In the Community"), // guidance: excluding community services
        QStringLiteral("Community Service"),
        QStringLiteral("Care Home – Nursing"),
        QStringLiteral("Care Home – Residential"),
        QStringLiteral("Hospital – Acute"),
        QStringLiteral("Hospital – Mental Health"),
        QStringLiteral("Hospital – Community"),
        QStringLiteral("Other"),
    };
    return labels;
}

const QStringList& riskSources()
{
    static const QStringList labels = {
        QStringLiteral("Service Provider"),
        QStringLiteral("Other – Known to Individual"),
        QStringLiteral("Other – Unknown to Individual"),
    };
    return labels;
}

const QStringList& riskAssessmentOutcomes()
{
    static const QStringList labels = {
        QStringLiteral("Risk identified and action taken"),
        QStringLiteral("Risk identified and no action taken"),
        QStringLiteral("Risk – assessment inconclusive and action taken"),
        QStringLiteral("Risk – assessment inconclusive and no action taken"),
        QStringLiteral("No risk identified and action taken"),
        QStringLiteral("No risk identified and no action taken"),
        QStringLiteral("Enquiry ceased at individual's request and no action taken"),
    };
    return labels;
}

const QStringList& riskOutcomes()
{
    static const QStringList labels = {
        QStringLiteral("Risk remained"),
        QStringLiteral("Risk reduced"),
        QStringLiteral("Risk removed"),
    };
    return labels;
}

const QStringList& capacityAnswers()
{
    static const QStringList labels = {
        QStringLiteral("Yes, they lacked capacity"),
        QStringLiteral("No, they did not lack capacity"),
        QStringLiteral("Don't know"),
        QStringLiteral("Not recorded"),
    };
    return labels;
}

const QStringList& mspAskedAnswers()
{
    static const QStringList labels = {
        kMspAskedExpressed,           kMspAskedNoneExpressed,         QStringLiteral("No"),
        QStringLiteral("Don't Know"), QStringLiteral("Not Recorded"),
    };
    return labels;
}

const QStringList& outcomeAchievements()
{
    static const QStringList labels = {kFullyAchieved, kPartiallyAchieved, kNotAchieved};
    return labels;
}

bool isActionTaken(const QString& riskAssessmentOutcome)
{
    return riskAssessmentOutcome.endsWith(QLatin1String("and action taken"));
}

} // namespace alongside::core::sac
