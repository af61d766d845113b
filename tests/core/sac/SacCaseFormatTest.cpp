// The case format carries the Safeguarding Adults Collection's new fields, and files written
// before them (one location and source of risk, a source spelt with a capital "Individual")
// still import.

#include "exchange/ExampleCases.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseJsonWriter.h"
#include "support/Catch.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a case file from before several locations were possible imports its one location and source as "
          "lists, in today's spelling")
{
    const CaseFileContents read = readCaseFile(fixture("single-location-case.json"));
    REQUIRE(read.ok());
    REQUIRE(read.cases.size() == 1);
    CHECK(read.cases[0].concern.locationsOfRisk == QStringList{u"Own Home"_s});
    CHECK(read.cases[0].concern.sourcesOfRisk == QStringList{u"Other – Known to individual"_s});
    // Written again, it has the lists only.
    const QByteArray again = caseFileText(read.cases);
    CHECK(again.contains("\"locationsOfRisk\""));
    CHECK_FALSE(again.contains("\"locationOfRisk\""));
    CHECK_FALSE(again.contains("Known to Individual"));
}

TEST_CASE("a concern may give the list or the single field, not both")
{
    QJsonObject file = QJsonDocument::fromJson(caseFileText({test::maximalCase()})).object();
    file = test::edited(file, {u"cases"_s, 0, u"concern"_s, u"locationOfRisk"_s}, QJsonValue(u"Own Home"_s));
    const CaseFileContents read = readCaseFile(QJsonDocument(file).toJson());
    REQUIRE_FALSE(read.ok());
    CHECK(read.problems.front().path == u"$.cases[0].concern.locationOfRisk"_s);
    CHECK(read.problems.front().reason.contains(u"not both"_s));
}

TEST_CASE("the person's SG1 details, the lists and the experience answers survive export and import")
{
    const CaseRecord maximal = test::maximalCase();
    const CaseFileContents read = readCaseFile(caseFileText({maximal}));
    REQUIRE(read.ok());
    const CaseRecord& back = read.cases.at(0);
    CHECK(back.person.gender == maximal.person.gender);
    CHECK(back.person.ethnicity == maximal.person.ethnicity);
    CHECK(back.person.primarySupportReason == maximal.person.primarySupportReason);
    CHECK_FALSE(maximal.person.autismCondition.isEmpty());
    CHECK(back.person.autismCondition == maximal.person.autismCondition);
    CHECK(back.concern.locationsOfRisk.size() == 2);
    CHECK(back.concern.sourcesOfRisk == maximal.concern.sourcesOfRisk);
    REQUIRE(back.closure);
    CHECK(back.closure->experience.answeredBy == maximal.closure->experience.answeredBy);
    CHECK(back.closure->experience.listenedTo == maximal.closure->experience.listenedTo);
    CHECK(back.closure->experience.involved == maximal.closure->experience.involved);
}

TEST_CASE("a case file written before SG2c took the published spelling imports in today's spelling")
{
    QJsonObject file = QJsonDocument::fromJson(caseFileText({test::maximalCase()})).object();
    file = test::edited(file, {u"cases"_s, 0, u"closure"_s, u"riskAssessmentOutcome"_s},
                        QJsonValue(u"Risk – assessment inconclusive and action taken"_s));
    const CaseFileContents read = readCaseFile(QJsonDocument(file).toJson());
    REQUIRE(read.ok());
    REQUIRE(read.cases.at(0).closure);
    CHECK(read.cases.at(0).closure->riskAssessmentOutcome
          == u"Risk Assessment inconclusive and action taken"_s);
    CHECK_FALSE(caseFileText(read.cases).contains("Risk – assessment"));

    // A label that was never the return's is still refused.
    file = test::edited(file, {u"cases"_s, 0, u"person"_s, u"autismCondition"_s}, QJsonValue(u"Autism"_s));
    const CaseFileContents refused = readCaseFile(QJsonDocument(file).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems.front().path == u"$.cases[0].person.autismCondition"_s);
}
