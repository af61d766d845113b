// Reading a case file: every way a file can be wrong is reported with its path and reason.
// Nothing here touches a store (CaseImportTest.cpp does).

#include "ExampleCases.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseJsonWriter.h"

#include "support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace alongside;
using core::CaseFileContents;
using core::readCaseFile;
using test::edited;

namespace {

QJsonObject maximalFile()
{
    return core::caseFileToJson({test::maximalCase()});
}

QByteArray text(const QJsonObject& file)
{
    return QJsonDocument(file).toJson();
}

std::string described(const CaseFileContents& contents)
{
    QStringList all;
    for (const auto& problem : contents.problems)
        all << problem.toString();
    return all.join(u'\n').toStdString();
}

// The one problem the edit should cause, or a failed check that lists what was found.
core::CaseFileProblem onlyProblem(const CaseFileContents& contents)
{
    INFO(described(contents));
    REQUIRE(contents.problems.size() == 1);
    return contents.problems.front();
}

core::CaseFileProblem problemAfter(const QVariantList& path, const std::optional<QJsonValue>& replacement)
{
    return onlyProblem(readCaseFile(text(edited(maximalFile(), path, replacement))));
}

} // namespace

TEST_CASE("the maximal case file is read without problems and keeps its links as record-local ids")
{
    const CaseFileContents contents = readCaseFile(text(maximalFile()));
    INFO(described(contents));
    REQUIRE(contents.ok());
    REQUIRE(contents.cases.size() == 1);
    const core::CaseRecord& record = contents.cases.front();
    CHECK(record.reference == QStringLiteral("TEST-MAX-001"));
    REQUIRE(record.outcomes.size() == 3);
    CHECK(record.outcomes[2].id == 3);
    CHECK(record.actions[1].outcomeId == 3);       // "outcome": 2
    CHECK(record.actions[2].outcomeId == 0);       // "outcome": null
    CHECK(record.notes[2].addendumTo == 2);        // "addendumTo": 1
    CHECK(record.notes[5].aboutConversation == 1); // "aboutConversation": 0
    CHECK(record.actions[3].noLongerNeededOn == QDate(2026, 4, 2));
    CHECK(record.outcomes[0].revisions.size() == 3);
    CHECK(record.conversations[1].heldAt.offsetFromUtc() == 3600);
}

TEST_CASE("malformed JSON is rejected with the line and column of the mistake")
{
    const QByteArray broken =
        "{\n    \"format\": \"alongside-case\",\n    \"version\": 1,\n    \"cases\": [,]\n}\n";
    const auto problem = onlyProblem(readCaseFile(broken));
    CHECK(problem.path == QStringLiteral("$"));
    // Qt reports the offset where it gave up: at or just after the stray comma.
    CHECK(problem.reason.contains(
        QRegularExpression(QStringLiteral("^not valid JSON at line 4, column 1[56]: "))));
}

TEST_CASE("a file in another format is refused before its cases are read")
{
    QJsonObject file = edited(maximalFile(), {QStringLiteral("format")},
                              QJsonValue(QStringLiteral("alongside-caseload")));
    file = edited(file, {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("receivedOn")},
                  std::nullopt);
    const auto problem = onlyProblem(readCaseFile(text(file)));
    CHECK(problem.path == QStringLiteral("$.format"));
    CHECK(problem.reason.contains(QStringLiteral("\"alongside-case\"")));
}

TEST_CASE("a newer version of the format is refused with advice to update, and a missing version is named")
{
    const auto newer = problemAfter({QStringLiteral("version")}, QJsonValue(3));
    CHECK(newer.path == QStringLiteral("$.version"));
    CHECK(newer.reason.contains(QStringLiteral("newer")));
    const auto missing = problemAfter({QStringLiteral("version")}, std::nullopt);
    CHECK(missing.path == QStringLiteral("$.version"));
    CHECK(missing.reason.contains(QStringLiteral("missing")));
    const auto text = problemAfter({QStringLiteral("version")}, QJsonValue(QStringLiteral("1")));
    CHECK(text.reason.contains(QStringLiteral("found text")));
}

TEST_CASE("a missing required field is named by its path")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("receivedOn")}, std::nullopt);
    CHECK(problem.path == QStringLiteral("$.cases[0].concern.receivedOn"));
    CHECK(problem.reason == QStringLiteral("required field is missing"));
    CHECK(problemAfter({QStringLiteral("cases"), 0, QStringLiteral("reference")}, std::nullopt).path
          == QStringLiteral("$.cases[0].reference"));
    CHECK(problemAfter({QStringLiteral("cases"), 0, QStringLiteral("person")}, QJsonValue::Null).path
          == QStringLiteral("$.cases[0].person"));
}

TEST_CASE("a field of the wrong type is reported with what was expected and what was found")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("conversations"), 1, QStringLiteral("seenAlone")},
        QJsonValue(QStringLiteral("yes")));
    CHECK(problem.path == QStringLiteral("$.cases[0].conversations[1].seenAlone"));
    CHECK(problem.reason == QStringLiteral("expected true or false, found text"));
    const auto list = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("riskTypes")},
        QJsonValue(QStringLiteral("Neglect and Acts of Omission")));
    CHECK(list.reason.contains(QStringLiteral("expected a list")));
}

TEST_CASE("a type of risk that is not a SAC category is rejected, naming the table and the labels allowed")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("riskTypes"), 1},
        QJsonValue(QStringLiteral("Finantial Abuse")));
    CHECK(problem.path == QStringLiteral("$.cases[0].concern.riskTypes[1]"));
    CHECK(problem.reason.startsWith(
        QStringLiteral("\"Finantial Abuse\" is not a SAC type of risk (SG2a); expected one of")));
    CHECK(problem.reason.contains(QStringLiteral("\"Financial or Material Abuse\"")));
}

TEST_CASE(
    "every SAC field accepts only its own labels, exactly: a hyphen for the en dash is another category")
{
    const QString c = QStringLiteral("cases");
    const std::vector<std::pair<QVariantList, QString>> wrong = {
        {{c, 0, QStringLiteral("concern"), QStringLiteral("locationsOfRisk"), 0},
         QStringLiteral("Care Home - Nursing")},
        {{c, 0, QStringLiteral("concern"), QStringLiteral("sourcesOfRisk"), 1},
         QStringLiteral("service provider")},
        {{c, 0, QStringLiteral("person"), QStringLiteral("gender")}, QStringLiteral("female")},
        {{c, 0, QStringLiteral("person"), QStringLiteral("ethnicity")}, QStringLiteral("White British")},
        {{c, 0, QStringLiteral("person"), QStringLiteral("primarySupportReason")},
         QStringLiteral("Physical Support: Personal care support")},
        {{c, 0, QStringLiteral("mspAsked")}, QStringLiteral("Yes")},
        {{c, 0, QStringLiteral("closure"), QStringLiteral("riskAssessmentOutcome")},
         QStringLiteral("Risk identified")},
        {{c, 0, QStringLiteral("closure"), QStringLiteral("riskOutcome")}, QStringLiteral("Risk Reduced")},
        {{c, 0, QStringLiteral("concern"), QStringLiteral("riskTypes"), 0}, QStringLiteral("Self Neglect")},
    };
    for (const auto& [path, label] : wrong) {
        INFO(label.toStdString());
        const auto problem = problemAfter(path, QJsonValue(label));
        CHECK(problem.reason.contains(QStringLiteral("is not a SAC")));
    }
}

TEST_CASE("a type of risk listed twice is rejected")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("riskTypes"), 1},
        QJsonValue(QStringLiteral("Financial or Material Abuse")));
    CHECK(problem.path == QStringLiteral("$.cases[0].concern.riskTypes[1]"));
    CHECK(problem.reason.contains(QStringLiteral("more than once")));
}

TEST_CASE("an answer code that is not one of the model's codes is rejected with the codes allowed")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("closure"), QStringLiteral("feelsSafer")},
        QJsonValue(QStringLiteral("a bit")));
    CHECK(problem.path == QStringLiteral("$.cases[0].closure.feelsSafer"));
    CHECK(problem.reason.contains(QStringLiteral("\"yes\", \"partly\", \"no\", \"not-asked\"")));
}

TEST_CASE("a closure dated before the concern was received is rejected")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("closure"), QStringLiteral("closedOn")},
        QJsonValue(QStringLiteral("2026-03-01")));
    CHECK(problem.path == QStringLiteral("$.cases[0].closure.closedOn"));
    CHECK(problem.reason.contains(QStringLiteral("2026-03-01")));
    CHECK(problem.reason.contains(QStringLiteral("2026-03-02")));
    // The same day is fine: some concerns are resolved the day they arrive.
    CHECK(readCaseFile(
              text(edited(maximalFile(),
                          {QStringLiteral("cases"), 0, QStringLiteral("closure"), QStringLiteral("closedOn")},
                          QJsonValue(QStringLiteral("2026-03-02")))))
              .ok());
}

TEST_CASE("an outcome achievement without an outcome to measure is rejected")
{
    const auto contents = readCaseFile(
        text(edited(maximalFile(),
                    {QStringLiteral("cases"), 0, QStringLiteral("outcomes"), 1, QStringLiteral("revisions")},
                    QJsonArray())));
    REQUIRE(contents.problems.size() == 2);
    CHECK(contents.problems[0].path == QStringLiteral("$.cases[0].outcomes[1].revisions"));
    CHECK(contents.problems[1].path == QStringLiteral("$.cases[0].outcomes[1].achievement"));
    CHECK(contents.problems[1].reason.contains(QStringLiteral("no wording")));
}

TEST_CASE("an impossible date is rejected as not a real date, and a date in another shape is rejected too")
{
    const QVariantList birth{QStringLiteral("cases"), 0, QStringLiteral("person"),
                             QStringLiteral("dateOfBirth")};
    const auto impossible = problemAfter(birth, QJsonValue(QStringLiteral("2026-02-30")));
    CHECK(impossible.path == QStringLiteral("$.cases[0].person.dateOfBirth"));
    CHECK(impossible.reason == QStringLiteral("\"2026-02-30\" is not a real date"));
    const auto british = problemAfter(birth, QJsonValue(QStringLiteral("19/07/1941")));
    CHECK(british.reason.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(problemAfter(birth, QJsonValue(QStringLiteral("1941-7-19")))
              .reason.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("a date-time without its UTC offset, or an impossible one, is rejected")
{
    const QVariantList heldAt{QStringLiteral("cases"), 0, QStringLiteral("conversations"), 0,
                              QStringLiteral("heldAt")};
    CHECK(problemAfter(heldAt, QJsonValue(QStringLiteral("2026-03-02T15:30:00")))
              .reason.contains(QStringLiteral("UTC offset")));
    CHECK(problemAfter(heldAt, QJsonValue(QStringLiteral("2026-02-30T15:30:00Z")))
              .reason.contains(QStringLiteral("not a real")));
    CHECK(readCaseFile(
              text(edited(maximalFile(), heldAt, QJsonValue(QStringLiteral("2026-03-02T15:30:00-05:00")))))
              .ok());
}

TEST_CASE("an NHS number that fails its check digit is rejected, and one typed with spaces is accepted")
{
    const QVariantList nhs{QStringLiteral("cases"), 0, QStringLiteral("person"), QStringLiteral("nhsNumber")};
    const auto problem = problemAfter(nhs, QJsonValue(QStringLiteral("943 476 5918")));
    CHECK(problem.path == QStringLiteral("$.cases[0].person.nhsNumber"));
    CHECK(problem.reason.contains(QStringLiteral("not a valid NHS number")));
    CHECK(readCaseFile(text(edited(maximalFile(), nhs, QJsonValue(QStringLiteral("9434765919"))))).ok());
    CHECK(readCaseFile(text(edited(maximalFile(), nhs, QJsonValue(QString())))).ok()); // none recorded
}

TEST_CASE("a plan action pointing at an outcome that does not exist is rejected")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("actions"), 1, QStringLiteral("outcome")}, QJsonValue(3));
    CHECK(problem.path == QStringLiteral("$.cases[0].actions[1].outcome"));
    CHECK(problem.reason
          == QStringLiteral("refers to outcome 3, which does not exist (positions run from 0 to 2)"));
    CHECK(problemAfter({QStringLiteral("cases"), 0, QStringLiteral("actions"), 1, QStringLiteral("outcome")},
                       QJsonValue(-1))
              .reason.contains(QStringLiteral("position")));
}

TEST_CASE("an addendum must add to an earlier note")
{
    const QVariantList addendum{QStringLiteral("cases"), 0, QStringLiteral("notes"), 2,
                                QStringLiteral("addendumTo")};
    CHECK(problemAfter(addendum, QJsonValue(2)).path
          == QStringLiteral("$.cases[0].notes[2].addendumTo")); // itself
    CHECK(problemAfter(addendum, QJsonValue(4)).reason.contains(QStringLiteral("not before this one")));
    CHECK(readCaseFile(text(edited(maximalFile(), addendum, QJsonValue(0)))).ok());
}

TEST_CASE(
    "a risk outcome (SG2e) is rejected where the risk assessment outcome (SG2c) says no action was taken")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("closure"), QStringLiteral("riskAssessmentOutcome")},
        QJsonValue(QStringLiteral("Risk identified and no action taken")));
    CHECK(problem.path == QStringLiteral("$.cases[0].closure.riskOutcome"));
}

TEST_CASE("a concern needs at least one SAC type of risk")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("riskTypes")}, QJsonArray());
    CHECK(problem.path == QStringLiteral("$.cases[0].concern.riskTypes"));
    CHECK(problem.reason.contains(QStringLiteral("at least one")));
}

TEST_CASE("a person needs some name, but any one of given, family or preferred name will do")
{
    QJsonObject file = maximalFile();
    for (const char* key : {"givenName", "familyName"})
        file = edited(file, {QStringLiteral("cases"), 0, QStringLiteral("person"), QLatin1String(key)},
                      std::nullopt);
    CHECK(readCaseFile(text(file)).ok());
    file = edited(file,
                  {QStringLiteral("cases"), 0, QStringLiteral("person"), QStringLiteral("preferredName")},
                  QJsonValue(QStringLiteral(" ")));
    CHECK(onlyProblem(readCaseFile(text(file))).path == QStringLiteral("$.cases[0].person"));
}

TEST_CASE("outcome wordings are oldest first and none is dated before the concern")
{
    const QVariantList second{QStringLiteral("cases"),     0, QStringLiteral("outcomes"),  0,
                              QStringLiteral("revisions"), 1, QStringLiteral("recordedOn")};
    const auto backwards = problemAfter(second, QJsonValue(QStringLiteral("2026-03-02")));
    CHECK(backwards.path == QStringLiteral("$.cases[0].outcomes[0].revisions[1].recordedOn"));
    CHECK(backwards.reason.contains(QStringLiteral("oldest first")));
    const QVariantList first{QStringLiteral("cases"),     0, QStringLiteral("outcomes"),  1,
                             QStringLiteral("revisions"), 0, QStringLiteral("recordedOn")};
    CHECK(problemAfter(first, QJsonValue(QStringLiteral("2026-02-27")))
              .reason.contains(QStringLiteral("before the concern")));
}

TEST_CASE("a decision of no enquiry must record the response given instead")
{
    QJsonObject file = edited(
        maximalFile(), {QStringLiteral("cases"), 0, QStringLiteral("section42"), QStringLiteral("decision")},
        QJsonValue(QStringLiteral("no-enquiry")));
    CHECK(readCaseFile(text(file)).ok());
    file = edited(file,
                  {QStringLiteral("cases"), 0, QStringLiteral("section42"), QStringLiteral("responseGiven")},
                  QJsonValue(QString()));
    CHECK(onlyProblem(readCaseFile(text(file))).path == QStringLiteral("$.cases[0].section42.responseGiven"));
}

TEST_CASE("an unknown field is rejected rather than silently dropped")
{
    const auto problem = problemAfter(
        {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("riskType")},
        QJsonValue(QStringLiteral("Self-Neglect")));
    CHECK(problem.path == QStringLiteral("$.cases[0].concern.riskType"));
    CHECK(problem.reason.contains(QStringLiteral("unknown field")));
}

TEST_CASE("two cases with the same reference in one file are rejected")
{
    const QJsonObject file = core::caseFileToJson(
        {test::maximalCase(QStringLiteral("SAME")), test::minimalCase(QStringLiteral("SAME"))});
    const auto problem = onlyProblem(readCaseFile(text(file)));
    CHECK(problem.path == QStringLiteral("$.cases[1].reference"));
    CHECK(problem.reason.contains(QStringLiteral("$.cases[0]")));
}

TEST_CASE("a file with no cases, or cases that are not objects, is rejected")
{
    CHECK(problemAfter({QStringLiteral("cases")}, QJsonArray())
              .reason.contains(QStringLiteral("at least one case")));
    CHECK(problemAfter({QStringLiteral("cases"), 0}, QJsonValue(QStringLiteral("TEST-MAX-001"))).path
          == QStringLiteral("$.cases[0]"));
    CHECK(onlyProblem(readCaseFile("[]")).reason.contains(QStringLiteral("found a list")));
}

TEST_CASE("every problem in a file is reported at once, across cases, not just the first")
{
    QJsonObject file = core::caseFileToJson(
        {test::maximalCase(QStringLiteral("A")), test::maximalCase(QStringLiteral("B"))});
    file = edited(file, {QStringLiteral("cases"), 0, QStringLiteral("concern"), QStringLiteral("receivedOn")},
                  QJsonValue(QStringLiteral("2026-13-01")));
    file = edited(file, {QStringLiteral("cases"), 0, QStringLiteral("person"), QStringLiteral("nhsNumber")},
                  QJsonValue(QStringLiteral("12345")));
    file = edited(file, {QStringLiteral("cases"), 1, QStringLiteral("actions"), 0, QStringLiteral("outcome")},
                  QJsonValue(7));
    const CaseFileContents contents = readCaseFile(text(file));
    QStringList paths;
    for (const auto& problem : contents.problems)
        paths << problem.path;
    CHECK(paths
          == QStringList{QStringLiteral("$.cases[0].person.nhsNumber"),
                         QStringLiteral("$.cases[0].concern.receivedOn"),
                         QStringLiteral("$.cases[1].actions[0].outcome")});
}

TEST_CASE("a case with only the required fields reads with the model's defaults")
{
    const QByteArray minimal = R"({"format": "alongside-case", "version": 1, "cases": [
        {"reference": "M-1", "person": {"preferredName": "Nan"},
         "concern": {"receivedOn": "2026-05-01", "riskTypes": ["Self-Neglect"]}}]})";
    const CaseFileContents contents = readCaseFile(minimal);
    REQUIRE(contents.ok());
    const core::CaseRecord& record = contents.cases.front();
    CHECK(record.concern.personKnows == core::YesNoUnknown::NotKnown);
    CHECK_FALSE(record.section42.has_value());
    CHECK_FALSE(record.closure.has_value());
    CHECK(record.outcomes.empty());
    CHECK(record.person.givenName.isEmpty());
    CHECK(record.conversations.empty());
}

TEST_CASE("the worked example in docs/case-format.md is a file the reader accepts")
{
    QFile doc(QStringLiteral(ALONGSIDE_SOURCE_DIR "/docs/case-format.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(doc.readAll());
    const QRegularExpression block(QStringLiteral("## Worked example\\n.*?```json\\n(.*?\\n)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(markdown);
    REQUIRE(match.hasMatch());
    const CaseFileContents contents = readCaseFile(match.captured(1).toUtf8());
    INFO(described(contents));
    REQUIRE(contents.ok());
    CHECK(contents.cases.size() == 1);
    // And it is exactly what export writes for that case, so it shows the real thing.
    CHECK(QString::fromUtf8(core::caseFileText(contents.cases)) == match.captured(1));
}
