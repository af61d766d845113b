// Opening a bundle in a store: every refusal specific, and nothing written unless all of it is.

#include "TeamFixture.h"

#include "application/OpenBundle.h"
#include "bundles/BundleReader.h"
#include "bundles/BundleWriter.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/BundleLedgerRepository.h"
#include "storage/repositories/CaseRepository.h"

#include "support/Catch.h"

using namespace alongside;

namespace {

const QString kLee = QStringLiteral("Lee Okafor");

// Everything a refused bundle must leave untouched.
struct StoreRows {
    qint64 cases = 0;
    qint64 people = 0;
    qint64 history = 0;
    qint64 opened = 0;
    bool operator==(const StoreRows&) const = default;
};

StoreRows rowsOf(const test::Colleague& colleague)
{
    return {colleague.count(QStringLiteral("safeguarding_case")), colleague.count(QStringLiteral("person")),
            colleague.count(QStringLiteral("record_history")),
            colleague.count(QStringLiteral("opened_bundle"))};
}

struct Team {
    std::unique_ptr<test::Colleague> sam = test::makeColleague(QStringLiteral("Sam Patel"));
    std::unique_ptr<test::Colleague> lee = test::makeColleague(kLee, QStringLiteral("Team leader"));
    Team()
    {
        test::trust(*sam, *lee);
        test::trust(*lee, *sam);
        sam->addCases({QStringLiteral("AL-00001"), QStringLiteral("AL-00002"), QStringLiteral("AL-00003")});
    }
};

core::BundleOpening openAtLee(Team& team, const QByteArray& bundle)
{
    return core::openBundle(team.lee->db(), bundle, kLee, test::kTeamNow.addDays(1));
}

// Refused with `refusal`, and the store exactly as before.
void requireRefusedUntouched(Team& team, const QByteArray& bundle, core::BundleRefusal refusal)
{
    const StoreRows before = rowsOf(*team.lee);
    const core::BundleOpening opening = openAtLee(team, bundle);
    INFO(opening.message.toStdString() << " / " << opening.detail.toStdString());
    CHECK(opening.refusal == refusal);
    CHECK_FALSE(opening.message.isEmpty());
    CHECK(opening.imported.isEmpty());
    CHECK(rowsOf(*team.lee) == before);
}

} // namespace

TEST_CASE("a cases bundle from a trusted colleague brings in every case, whole, and is recorded as opened")
{
    Team team;
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()},
                                                {QStringLiteral("AL-00001"), QStringLiteral("AL-00003")});

    const core::BundleOpening preview = core::inspectBundle(team.lee->db(), bundle);
    REQUIRE(preview.ok());
    CHECK(preview.cases == QStringList{QStringLiteral("AL-00001"), QStringLiteral("AL-00003")});
    CHECK(preview.sender.keys.name == QStringLiteral("Sam Patel"));
    CHECK(team.lee->count(QStringLiteral("safeguarding_case")) == 0); // looking writes nothing

    const core::BundleOpening opened = openAtLee(team, bundle);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.imported == QStringList{QStringLiteral("AL-00001"), QStringLiteral("AL-00003")});
    CHECK(opened.message.contains(QStringLiteral("Sam Patel")));

    // The case as Sam holds it is the case as Lee now holds it.
    const core::CaseRepository atSam(team.sam->db(), QString());
    const core::CaseRepository atLee(team.lee->db(), QString());
    const auto samCase = atSam.load(*atSam.findByReference(QStringLiteral("AL-00003")));
    const auto leeCase = atLee.load(*atLee.findByReference(QStringLiteral("AL-00003")));
    REQUIRE(samCase);
    REQUIRE(leeCase);
    CHECK(leeCase->person.givenName == samCase->person.givenName);
    CHECK(leeCase->outcomes.size() == samCase->outcomes.size());
    CHECK(leeCase->conversations.size() == samCase->conversations.size());

    const auto records = core::BundleLedgerRepository(team.lee->db()).opened();
    REQUIRE(records.size() == 1);
    CHECK(records[0].kind == QStringLiteral("cases"));
    CHECK(records[0].openedBy == kLee);
    CHECK(records[0].sequence == 1);
    CHECK(records[0].summary == QStringLiteral("AL-00001, AL-00003"));
}

TEST_CASE("opening the same bundle again is refused as already imported and changes nothing")
{
    Team team;
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()}, {QStringLiteral("AL-00002")});
    REQUIRE(openAtLee(team, bundle).ok());
    requireRefusedUntouched(team, bundle, core::BundleRefusal::AlreadyOpened);
    CHECK(openAtLee(team, bundle).message.contains(QStringLiteral("already imported")));
}

TEST_CASE("a bundle from someone not trusted here is refused and names their fingerprint to check")
{
    Team team;
    auto kim = test::makeColleague(QStringLiteral("Kim Adeyemi"));
    test::trust(*kim, *team.lee);
    kim->addCases({QStringLiteral("KIM-1")});
    const QByteArray bundle = test::casesBundle(*kim, {team.lee.get()}, {QStringLiteral("KIM-1")});
    requireRefusedUntouched(team, bundle, core::BundleRefusal::UnknownSender);
    const core::BundleOpening opening = openAtLee(team, bundle);
    CHECK(opening.message.contains(QStringLiteral("Kim Adeyemi")));
    CHECK(opening.message.contains(kim->keys().fingerprint));
}

TEST_CASE("a bundle from a colleague whose keys were revoked is refused")
{
    Team team;
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()}, {QStringLiteral("AL-00001")});
    REQUIRE(core::revokeColleague(team.lee->db(), team.sam->keys().fingerprint, kLee, test::kTeamNow).ok());
    requireRefusedUntouched(team, bundle, core::BundleRefusal::RevokedSender);
    CHECK(openAtLee(team, bundle).message.contains(QStringLiteral("revoked")));
}

TEST_CASE("a bundle sealed to someone else is refused as not for this store")
{
    Team team;
    auto kim = test::makeColleague(QStringLiteral("Kim Adeyemi"));
    test::trust(*team.sam, *kim);
    const QByteArray bundle = test::casesBundle(*team.sam, {kim.get()}, {QStringLiteral("AL-00001")});
    requireRefusedUntouched(team, bundle, core::BundleRefusal::NotForThisStore);
}

TEST_CASE("a bundle forwarded by another recipient is refused: it was signed for other recipients")
{
    Team team;
    auto kim = test::makeColleague(QStringLiteral("Kim Adeyemi"));
    test::trust(*team.sam, *kim);
    test::trust(*team.lee, *kim);
    const QByteArray toKim = test::casesBundle(*team.sam, {kim.get()}, {QStringLiteral("AL-00001")});
    const core::BundleReading atKim = core::readBundle(
        toKim, kim->keys().keys.encryptionKey, core::StoreKeysRepository(kim->db()).encryptionSecret());
    REQUIRE(atKim.ok());
    const QByteArray forwarded = core::sealBundle(atKim.contents.manifestJson, atKim.contents.signature,
                                                  atKim.contents.payload,
                                                  {team.lee->keys().keys.encryptionKey});
    requireRefusedUntouched(team, forwarded, core::BundleRefusal::Forwarded);
}

TEST_CASE("a tampered, truncated or foreign file is refused with its own message and nothing written")
{
    Team team;
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()}, {QStringLiteral("AL-00001")});
    QByteArray tampered = bundle;
    tampered[tampered.size() - 40] = char(tampered[tampered.size() - 40] ^ 0x20);
    requireRefusedUntouched(team, tampered, core::BundleRefusal::Tampered);
    requireRefusedUntouched(team, bundle.left(bundle.size() - 10), core::BundleRefusal::Truncated);
    requireRefusedUntouched(team, team.sam->publicKeyFile(), core::BundleRefusal::NotABundle);
    CHECK(openAtLee(team, tampered).message != openAtLee(team, bundle.left(100)).message);
    // The genuine bundle still opens afterwards: refusals leave no trace.
    CHECK(openAtLee(team, bundle).ok());
}

TEST_CASE("a bundle holding a case already in the store imports none of its cases")
{
    Team team;
    team.lee->addCases({QStringLiteral("AL-00002")});
    const QByteArray bundle = test::casesBundle(*team.sam, {team.lee.get()},
                                                {QStringLiteral("AL-00001"), QStringLiteral("AL-00002")});
    requireRefusedUntouched(team, bundle, core::BundleRefusal::CasesRefused);
    const core::BundleOpening opening = openAtLee(team, bundle);
    REQUIRE(opening.problems.size() == 1);
    CHECK(opening.problems[0].reason.contains(QStringLiteral("AL-00002")));
}

TEST_CASE("a bundle this store made itself, or of a kind not opened yet, is refused with nothing written")
{
    Team team;
    const core::MyKeys lee = team.lee->keys();
    const core::SecretBytes leeSecret = core::StoreKeysRepository(team.lee->db()).signingSecret();
    core::BundleManifest manifest;
    manifest.bundleId = core::newBundleId();
    manifest.madeAt = test::kTeamNow;
    manifest.sequence = 1;
    manifest.sender = lee.keys;
    manifest.recipients = {lee.keys};
    manifest.payloadFormat = QStringLiteral("alongside-case");
    manifest.payloadVersion = 1;
    requireRefusedUntouched(team, core::makeBundle(manifest, "{}", leeSecret),
                            core::BundleRefusal::FromThisStore);

    const core::SecretBytes samSecret = core::StoreKeysRepository(team.sam->db()).signingSecret();
    manifest.sender = team.sam->keys().keys;
    for (const core::BundleKind kind : {core::BundleKind::Return, core::BundleKind::Handover}) {
        manifest.kind = kind;
        manifest.bundleId = core::newBundleId();
        requireRefusedUntouched(team, core::makeBundle(manifest, "{}", samSecret),
                                core::BundleRefusal::NotYetSupported);
    }
}
