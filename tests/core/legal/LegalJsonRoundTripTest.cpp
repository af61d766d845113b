// The legal records are stored as check input (docs/checks.md): what the writers produce must
// read back the same through the readers `alongside-cli check` uses.

#include "LegalFixtures.h"

#include "codecs/CheckInputReader.h"
#include "codecs/CheckInputWriter.h"
#include "codecs/RiskEnablementJson.h"
#include "support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The fixtures spell out "not known" answers and false flags, which the writer leaves out, and
// write UTC as +00:00, which the writer (like the case format's) writes as Z.
QJsonValue withoutDefaults(const QJsonValue& value)
{
    if (value.isString() && value.toString().endsWith(u"+00:00"_s))
        return value.toString().chopped(6) + u"Z"_s;
    if (value.isObject()) {
        QJsonObject kept;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue inner = it.value();
            if ((inner.isBool() && !inner.toBool()) || inner == QJsonValue(u"not-known"_s))
                continue;
            const QJsonValue cleaned = withoutDefaults(inner);
            if (cleaned.isObject() && cleaned.toObject().isEmpty() && it.key() != u"toWhom"_s)
                continue;
            kept.insert(it.key(), cleaned);
        }
        return kept;
    }
    if (value.isArray()) {
        QJsonArray kept;
        for (const QJsonValue& item : value.toArray())
            kept.append(withoutDefaults(item));
        return kept;
    }
    return value;
}

QJsonObject fixtureObject(const QString& name)
{
    return withoutDefaults(QJsonDocument::fromJson(test::checkFixture(name)).object()).toObject();
}

} // namespace

TEST_CASE("a capacity assessment from docs/checks.md is written back exactly as it was given")
{
    const auto input = readCapacityInput(test::checkFixture(u"capacity-causal-link-first.json"_s));
    REQUIRE(input.ok());
    CHECK(capacityToJson(input.value) == fixtureObject(u"capacity-causal-link-first.json"_s));
}

TEST_CASE("advocacy, IMCA, best-interests and wishes inputs from docs/checks.md are written back exactly")
{
    const auto advocacy = readAdvocacyInput(test::checkFixture(u"advocacy-daughter-implicated.json"_s));
    REQUIRE(advocacy.ok());
    CHECK(advocacyToJson(advocacy.value) == fixtureObject(u"advocacy-daughter-implicated.json"_s));
    const auto hospital = readAdvocacyInput(test::checkFixture(u"advocacy-hospital-placement.json"_s));
    REQUIRE(hospital.ok());
    CHECK(advocacyToJson(hospital.value) == fixtureObject(u"advocacy-hospital-placement.json"_s));
    const auto imca = readImcaInput(test::checkFixture(u"imca-care-home-move.json"_s));
    REQUIRE(imca.ok());
    CHECK(imcaToJson(imca.value) == fixtureObject(u"imca-care-home-move.json"_s));
    const auto best = readBestInterestsInput(
        test::checkFixture(u"best-interests-no-least-restrictive.json"_s));
    REQUIRE(best.ok());
    CHECK(bestInterestsToJson(best.value) == fixtureObject(u"best-interests-no-least-restrictive.json"_s));
    const auto wishes = readWishesInput(test::checkFixture(u"wishes-others-at-risk.json"_s));
    REQUIRE(wishes.ok());
    CHECK(wishesToJson(wishes.value) == fixtureObject(u"wishes-others-at-risk.json"_s));
}

TEST_CASE("the functional test and the causal link keep their recorded moments, offset included")
{
    CapacityAssessment assessment = test::moveAssessment();
    assessment.functionalTest.recordedAt = QDateTime(QDate(2026, 2, 27), QTime(10, 40, 0, 250),
                                                     Qt::OffsetFromUTC, 3600);
    const auto read = readCapacityInput(checkInputText(capacityToJson(assessment)));
    REQUIRE(read.ok());
    CHECK(read.value.functionalTest.recordedAt == assessment.functionalTest.recordedAt);
    CHECK(read.value.functionalTest.recordedAt.toString(Qt::ISODateWithMs)
          == u"2026-02-27T10:40:00.250+01:00"_s);
    CHECK(read.value.causativeNexus.recordedAt.toString(Qt::ISODate) == u"2026-02-27T10:55:00Z"_s);
    CHECK(read.value.functionalTest.useOrWeigh.evidence == assessment.functionalTest.useOrWeigh.evidence);
}

TEST_CASE("a risk enablement note reads back with every field it was written with")
{
    const RiskEnablementNote note = test::busToTown();
    const QJsonObject written = riskEnablementToJson(note);
    const auto read = readRiskEnablementInput(checkInputText(written));
    REQUIRE(read.ok());
    CHECK(riskEnablementToJson(read.value) == written);
    CHECK(read.value.personsView == note.personsView);
    CHECK(read.value.risk.impact == RiskLevel::High);
    CHECK(read.value.risk.toWhom.person);
    CHECK_FALSE(read.value.risk.toWhom.others);
    REQUIRE(read.value.actions.size() == 2);
    CHECK_FALSE(read.value.actions[1].acceptedByPerson);
    CHECK(read.value.actions[1].byWhen == QDate(2026, 3, 12));
    CHECK(read.value.views.at(0).differs);
    CHECK(read.value.reviewOn == QDate(2026, 5, 20));
    // Every key the writer produces for a full note is one the reader knows.
    CHECK(written.size() >= 22);
}

TEST_CASE("a risk enablement note with an unknown level is refused at its path")
{
    const auto read = readRiskEnablementInput(R"({"activity":"x","risk":{"likelihood":"very"}})");
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].path == u"$.risk.likelihood"_s);
}
