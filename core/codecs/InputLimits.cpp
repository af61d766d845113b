#include "codecs/InputLimits.h"

#include "codecs/StrictJsonText.h"

namespace alongside::core {

namespace {

using namespace inputlimits;

constexpr qint64 kMiB = 1024 * 1024;

// Generous for real work, far short of what would make a laptop struggle: a note of 100,000
// characters is about forty pages; a case of 4 MiB holds hundreds of long notes.
QHash<QString, qsizetype> textLimits()
{
    QHash<QString, qsizetype> limits;
    limits.insert(QStringLiteral("reference"), kReference);
    for (const char* name : {"givenName", "familyName", "preferredName", "name", "raisedByName", "decidedBy",
                             "author", "who", "assessor", "decisionMaker", "provider", "managerSignOff"})
        limits.insert(QString::fromLatin1(name), kName);
    for (const char* name : {"nhsNumber", "phone", "email", "address", "language", "hearing", "sight",
                             "relationship", "contact", "place", "present", "raisedByRole", "role"})
        limits.insert(QString::fromLatin1(name), kShortText);
    for (const char* name : {"body", "notes", "whatWasReported", "oldValue", "newValue"})
        limits.insert(QString::fromLatin1(name), kLongText);
    limits.insert(QStringLiteral("practitionerPicture"), kPicture);
    return limits;
}

JsonLimits makeCaseFileLimits()
{
    JsonLimits limits;
    limits.fileBytes = 64 * kMiB;
    limits.depth = 16;
    limits.text = textLimits();
    limits.otherText = kText;
    limits.lists = {{QStringLiteral("cases"), 10'000},
                    {QStringLiteral("notes"), 10'000},
                    {QStringLiteral("conversations"), 5'000},
                    {QStringLiteral("actions"), 1'000},
                    {QStringLiteral("personsWords"), 50'000},
                    {QStringLiteral("outcomes"), 100},
                    {QStringLiteral("revisions"), 100},
                    {QStringLiteral("importantPeople"), 100},
                    {QStringLiteral("present"), 50},
                    {QStringLiteral("legalRepresentatives"), 20},
                    // Version 2's lists of a whole case (WholeCaseLayout.cpp).
                    {QStringLiteral("history"), 100'000},
                    {QStringLiteral("outcomeRevisions"), 10'000},
                    {QStringLiteral("reflectiveAnswers"), 10'000}};
    for (const char* name :
         {"capacityDoubts", "capacityAssessments", "bestInterestsDecisions", "advocacyChecks",
          "advocateReferrals", "wishesOverrides", "riskEnablements", "riskEnablementOutcomes",
          "supervisionSessions", "reflectiveNotes", "supervisionActions", "signOffs", "letters"})
        limits.lists.insert(QString::fromLatin1(name), 1'000);
    limits.otherList = 100;
    limits.recordList = QStringLiteral("cases");
    limits.recordBytes = 4 * kMiB;
    limits.recordName = StrictJsonText::tr("case");
    return limits;
}

JsonLimits makeCheckInputLimits()
{
    JsonLimits limits;
    limits.fileBytes = 1 * kMiB;
    limits.depth = 16;
    limits.text = textLimits();
    limits.otherText = kText;
    limits.otherList = 100;
    return limits;
}

} // namespace

const JsonLimits& caseFileLimits()
{
    static const JsonLimits limits = makeCaseFileLimits();
    return limits;
}

const JsonLimits& checkInputLimits()
{
    static const JsonLimits limits = makeCheckInputLimits();
    return limits;
}

} // namespace alongside::core
