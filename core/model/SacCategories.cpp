#include "model/SacCategories.h"

namespace alongside::core::sac {

// SG1's labels are the row names of NHS England's published SAC tables (SG1a-SG1e), which the
// guidance's tables use; docs/reporting.md says where each was read.

const QStringList& ageBands()
{
    static const QStringList labels = {
        QStringLiteral("18-64"), QStringLiteral("65-74"), QStringLiteral("75-84"),
        QStringLiteral("85-94"), QStringLiteral("95+"),
    };
    return labels;
}

const QStringList& genders()
{
    static const QStringList labels = {
        QStringLiteral("Male"),
        QStringLiteral("Female"),
        QStringLiteral("Not Known"),
    };
    return labels;
}

const QStringList& ethnicities()
{
    static const QStringList labels = {
        QStringLiteral("White"),
        QStringLiteral("Mixed / Multiple"),
        QStringLiteral("Asian / Asian British"),
        QStringLiteral("Black / African / Caribbean / Black British"),
        QStringLiteral("Other Ethnic Group"),
        QStringLiteral("Refused"),
        QStringLiteral("Undeclared / Not Known"),
    };
    return labels;
}

const QStringList& primarySupportReasons()
{
    static const QStringList labels = {
        QStringLiteral("Physical Support"),
        QStringLiteral("Sensory Support"),
        QStringLiteral("Support with Memory and Cognition"),
        QStringLiteral("Learning Disability Support"),
        QStringLiteral("Mental Health Support"),
        QStringLiteral("Social Support"),
        QStringLiteral("No Support Reason"),
        QStringLiteral("Not Known"),
    };
    return labels;
}

// SG1e: as NHS England's publication code names the table's two rows (read 2026-12-07 in
// github.com/NHSDigital/ASC-Safeguarding-Adults, publication_outputs/data_tables_export_outputs.py,
// the "SG1e ..." columns), the space after the slash included.
const QStringList& autismConditions()
{
    static const QStringList labels = {
        QStringLiteral("Learning, Developmental or Intellectual Disability (Autism excluding Asperger's "
                       "Syndrome/ High Functioning Autism)"),
        QStringLiteral("Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High "
                       "Functioning Autism)"),
    };
    return labels;
}

const QStringList& activityCounts()
{
    static const QStringList labels = {
        QStringLiteral("Total Number of Safeguarding Concerns"),
        QStringLiteral("Total Number of Section 42 Safeguarding Enquiries"),
        QStringLiteral("Total Number of Other Safeguarding Enquiries"),
    };
    return labels;
}

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
        // The guidance spells these with a small "individual" (its SG2 "Sources of risk" notes,
        // and NHS England's published tables); earlier versions of Alongside had a capital.
        QStringLiteral("Other – Known to individual"),
        QStringLiteral("Other – Unknown to individual"),
    };
    return labels;
}

QString currentRiskSourceLabel(const QString& label)
{
    if (label == QStringLiteral("Other – Known to Individual"))
        return riskSources().at(1);
    if (label == QStringLiteral("Other – Unknown to Individual"))
        return riskSources().at(2);
    return label;
}

// Spelt as the published tables spell them (NHS England's publication code, SG2c row names);
// earlier versions of Alongside wrote "Risk – assessment inconclusive …" (schema step 13 moves
// stored closures over).
const QStringList& riskAssessmentOutcomes()
{
    static const QStringList labels = {
        QStringLiteral("Risk identified and action taken"),
        QStringLiteral("Risk identified and no action taken"),
        QStringLiteral("Risk Assessment inconclusive and action taken"),
        QStringLiteral("Risk Assessment inconclusive and no action taken"),
        QStringLiteral("No risk identified and action taken"),
        QStringLiteral("No risk identified and no action taken"),
        QStringLiteral("Enquiry ceased at individual's request and no action taken"),
    };
    return labels;
}

QString currentRiskAssessmentOutcomeLabel(const QString& label)
{
    if (label == QStringLiteral("Risk – assessment inconclusive and action taken"))
        return riskAssessmentOutcomes().at(2);
    if (label == QStringLiteral("Risk – assessment inconclusive and no action taken"))
        return riskAssessmentOutcomes().at(3);
    return label;
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
