// A cases bundle carries its cases whole (case format version 2), and a bundle whose payload an
// earlier Alongside wrote in version 1 still opens.

#include "TeamFixture.h"

#include "application/OpenBundle.h"
#include "bundles/BundleReader.h"
#include "bundles/BundleWriter.h"
#include "codecs/CaseJsonWriter.h"
#include "exchange/CaseExport.h"
#include "storage/CaseFixtures.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/CaseRepository.h"

#include "support/Catch.h"

using namespace alongside;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kLee = u"Lee Okafor"_s;

struct Team {
    std::unique_ptr<test::Colleague> sam = test::makeColleague(u"Sam Patel"_s);
    std::unique_ptr<test::Colleague> lee = test::makeColleague(kLee, u"Team leader"_s);
    Team()
    {
        test::trust(*sam, *lee);
        test::trust(*lee, *sam);
    }
};

QByteArray exported(const test::Colleague& colleague, const QString& reference)
{
    const core::CaseExportResult result = core::exportCases(core::CaseRepository(colleague.db(), QString()),
                                                            {reference});
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return result.json;
}

} // namespace

TEST_CASE("a cases bundle carries each case whole, in case format version 2: it arrives exactly as it left, "
          "uids and history included")
{
    Team team;
    team.sam->addCases({u"AL-00001"_s});
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()}, {u"AL-00001"_s});
    const core::BundleReading reading = core::readBundle(
        bundle, team.lee->keys().keys.encryptionKey,
        core::StoreKeysRepository(team.lee->db()).encryptionSecret());
    REQUIRE(reading.ok());
    CHECK(reading.contents.manifest.payloadVersion == 2);

    const core::BundleOpening opened = core::openBundle(team.lee->db(), bundle, kLee,
                                                        test::kTeamNow.addDays(1));
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const QByteArray atSam = exported(*team.sam, u"AL-00001"_s);
    const QByteArray atLee = exported(*team.lee, u"AL-00001"_s);
    CHECK(atLee.size() == atSam.size());
    CHECK(atLee == atSam);
}

TEST_CASE("a cases bundle whose cases an earlier Alongside wrote in case format version 1 still opens")
{
    Team team;
    const core::MyKeys sam = team.sam->keys();
    core::BundleManifest manifest;
    manifest.bundleId = core::newBundleId();
    manifest.madeAt = test::kTeamNow;
    manifest.sequence = 1;
    manifest.sender = sam.keys;
    manifest.recipients = {team.lee->keys().keys};
    manifest.payloadFormat = u"alongside-case"_s;
    manifest.payloadVersion = 1;
    const QByteArray payload = core::caseFileText({test::fullCase(u"OLD-1"_s)});
    const QByteArray bundle = core::makeBundle(manifest, payload,
                                               core::StoreKeysRepository(team.sam->db()).signingSecret());

    const core::BundleOpening opened = core::openBundle(team.lee->db(), bundle, kLee,
                                                        test::kTeamNow.addDays(1));
    INFO(opened.message.toStdString());
    for (const auto& problem : opened.problems)
        INFO(problem.toString().toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.imported == QStringList{u"OLD-1"_s});
    CHECK(core::CaseRepository(team.lee->db(), QString()).findByReference(u"OLD-1"_s).has_value());
}
