#pragma once

#include <QString>
#include <QStringList>

namespace alongside::core::sac {

// The Safeguarding Adults Collection's categories, with the exact labels of the return's tables
// (NHS England, SAC guidance 2024-25; no change to the data requirements for 2025-26). Stored and
// exported verbatim, so the annual return can be counted without translation. Never reword.
// docs/reporting.md says where each list was read and which labels could not be checked.

// SG1a: age band, the age on the last day of the reporting period.
const QStringList& ageBands();
// SG1b: gender.
const QStringList& genders();
// SG1c: ethnicity (the return's groups).
const QStringList& ethnicities();
// SG1d: primary support reason (the return's groups).
const QStringList& primarySupportReasons();
// SG1e: the two autism conditions the return counts concerns and enquiries by (a person may
// have neither; there is no "not known" row).
const QStringList& autismConditions();
// SG1f: counts of the period's safeguarding activity (concerns raised, enquiries started).
const QStringList& activityCounts();
// A source-of-risk label from before the spelling was corrected to the guidance's
// ("Other – Known to Individual" → "Other – Known to individual"); the same label otherwise.
QString currentRiskSourceLabel(const QString& label);
// An SG2c label from before the spelling was corrected to the published tables'
// ("Risk – assessment inconclusive …" → "Risk Assessment inconclusive …"); the same otherwise.
QString currentRiskAssessmentOutcomeLabel(const QString& label);

// SG2a: type of risk.
const QStringList& riskTypes();
// SG2b: location of risk.
const QStringList& riskLocations();
// SG2b: source of risk. "Service Provider" means paid or commissioned care providers;
// council, NHS and GP assessment staff count as "Other".
const QStringList& riskSources();
// SG2c: risk assessment outcome.
const QStringList& riskAssessmentOutcomes();
// SG2e: risk outcome, where action was taken.
const QStringList& riskOutcomes();
// SG3a: whether the person lacked capacity.
const QStringList& capacityAnswers();
// SG4a: Making Safeguarding Personal, were they asked about outcomes.
const QStringList& mspAskedAnswers();
// SG4a: outcomes achieved, of those expressed.
const QStringList& outcomeAchievements();

// SG2c outcomes that mean action was taken (so SG2e applies).
bool isActionTaken(const QString& riskAssessmentOutcome);

inline const QString kMspAskedExpressed = QStringLiteral("Yes they were asked and outcomes were expressed");
inline const QString kMspAskedNoneExpressed = QStringLiteral(
    "Yes they were asked but no outcomes were expressed");
inline const QString kFullyAchieved = QStringLiteral("Fully Achieved");
inline const QString kPartiallyAchieved = QStringLiteral("Partially Achieved");
inline const QString kNotAchieved = QStringLiteral("Not Achieved");

} // namespace alongside::core::sac
