// Making a cases bundle: only to colleagues whose keys were checked, written whole through the
// personal-file rules, and recorded in the store with this store's sequence number.

#include "TeamFixture.h"

#include "application/MakeBundle.h"
#include "bundles/BundleReader.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/BundleLedgerRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

#include "support/Catch.h"

#include <QFile>
#include <QFileInfo>

using namespace alongside;

namespace {

core::CasesBundleRequest requestTo(const test::Colleague& from, const test::Colleague& to,
                                   const QString& fileName)
{
    core::CasesBundleRequest request;
    const auto key = core::TeamKeyRepository(from.db()).findBySigningKey(to.keys().keys.signingKey);
    if (key)
        request.recipients.push_back(*key);
    request.outPath = from.file(fileName);
    request.madeBy = from.name;
    request.now = test::kTeamNow;
    return request;
}

core::BundleReading readAt(const test::Colleague& recipient, const QByteArray& bundle)
{
    return core::readBundle(bundle, recipient.keys().keys.encryptionKey,
                            core::StoreKeysRepository(recipient.db()).encryptionSecret());
}

} // namespace

TEST_CASE("sending all cases makes a bundle of every case, signed by this store and numbered 1, 2, 3")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"), QStringLiteral("Team leader"));
    test::trust(*sam, *lee);
    sam->addCases({QStringLiteral("AL-00001"), QStringLiteral("AL-00002")});

    for (int sequence = 1; sequence <= 3; ++sequence) {
        core::CasesBundleRequest request = requestTo(*sam, *lee,
                                                     QStringLiteral("b%1.alongside-bundle").arg(sequence));
        request.allCases = true;
        const core::MakeBundleResult made = core::makeCasesBundle(sam->db(), request);
        INFO(made.message.toStdString());
        REQUIRE(made.ok());
        CHECK(made.sequence == sequence);
        CHECK(made.cases == QStringList{QStringLiteral("AL-00001"), QStringLiteral("AL-00002")});

        const core::BundleReading reading = readAt(*lee, test::readWholeFile(request.outPath));
        REQUIRE(reading.ok());
        CHECK(reading.contents.manifest.sequence == sequence);
        CHECK(reading.contents.manifest.bundleId == made.bundleId);
        CHECK(reading.contents.manifest.sender.signingKey == sam->keys().keys.signingKey);
        CHECK(reading.contents.manifest.sender.name == QStringLiteral("Sam Patel"));
        CHECK(reading.contents.manifest.recipients.front().name == QStringLiteral("Lee Okafor"));
        CHECK(reading.contents.payload.contains("AL-00002"));
    }
    const auto sent = core::BundleLedgerRepository(sam->db()).sent();
    REQUIRE(sent.size() == 3);
    CHECK(sent[0].sequence == 3);
    CHECK(sent[0].madeBy == QStringLiteral("Sam Patel"));
    CHECK(sent[0].recipients.contains(QStringLiteral("Lee Okafor")));
    CHECK(sent[0].recipients.contains(lee->keys().fingerprint));
    CHECK(sent[0].summary == QStringLiteral("AL-00001, AL-00002"));
}

TEST_CASE("a bundle file is readable by its owner only and never written over another file")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    test::trust(*sam, *lee);
    sam->addCases({QStringLiteral("AL-00001")});
    core::CasesBundleRequest request = requestTo(*sam, *lee, QStringLiteral("to lee.alongside-bundle"));
    request.caseReferences = {QStringLiteral("AL-00001")};
    REQUIRE(core::makeCasesBundle(sam->db(), request).ok());
    CHECK(QFileInfo(request.outPath).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    const QByteArray first = test::readWholeFile(request.outPath);
    const core::MakeBundleResult again = core::makeCasesBundle(sam->db(), request);
    CHECK(again.outcome == core::MakeBundleOutcome::FileRefused);
    CHECK(again.message.contains(QStringLiteral("already exists")));
    CHECK(test::readWholeFile(request.outPath) == first);
    CHECK(sam->count(QStringLiteral("sent_bundle")) == 1); // the refused one is not recorded
}

TEST_CASE("a bundle that cannot be written is not recorded as sent")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    test::trust(*sam, *lee);
    sam->addCases({QStringLiteral("AL-00001")});
    core::CasesBundleRequest request = requestTo(*sam, *lee,
                                                 QStringLiteral("no such folder/b.alongside-bundle"));
    request.allCases = true;
    const core::MakeBundleResult made = core::makeCasesBundle(sam->db(), request);
    CHECK(made.outcome == core::MakeBundleOutcome::FileRefused);
    CHECK(sam->count(QStringLiteral("sent_bundle")) == 0);
    // The next bundle still gets the first number.
    request.outPath = sam->file(QStringLiteral("b.alongside-bundle"));
    CHECK(core::makeCasesBundle(sam->db(), request).sequence == 1);
}

TEST_CASE("nothing is sealed to keys nobody checked, to revoked keys, or to nobody")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    sam->addCases({QStringLiteral("AL-00001")});

    // Lee's key file arrived, but nobody has checked its fingerprint.
    const core::RecipientLookup unchecked = core::trustedRecipient(sam->db(), lee->publicKeyFile());
    CHECK_FALSE(unchecked.key);
    CHECK(unchecked.problem.contains(QStringLiteral("not trusted")));
    CHECK(unchecked.problem.contains(lee->keys().fingerprint));

    core::CasesBundleRequest request = requestTo(*sam, *lee, QStringLiteral("b.alongside-bundle"));
    REQUIRE(request.recipients.empty());
    request.allCases = true;
    CHECK(core::makeCasesBundle(sam->db(), request).outcome == core::MakeBundleOutcome::NoRecipients);
    // A key handed in without being trusted here is refused too.
    core::TeamMemberKey untrusted;
    untrusted.keys = lee->keys().keys;
    request.recipients = {untrusted};
    CHECK(core::makeCasesBundle(sam->db(), request).outcome == core::MakeBundleOutcome::RecipientNotTrusted);

    const core::TeamMemberKey trusted = test::trust(*sam, *lee);
    CHECK(core::trustedRecipient(sam->db(), lee->publicKeyFile()).key);
    REQUIRE(core::revokeColleague(sam->db(), trusted.fingerprint, sam->name, test::kTeamNow).ok());
    request.recipients = {trusted};
    const core::MakeBundleResult made = core::makeCasesBundle(sam->db(), request);
    CHECK(made.outcome == core::MakeBundleOutcome::RecipientNotTrusted);
    CHECK(made.message.contains(QStringLiteral("revoked")));
    CHECK(
        core::trustedRecipient(sam->db(), lee->publicKeyFile()).problem.contains(QStringLiteral("revoked")));
    CHECK_FALSE(QFile::exists(request.outPath));
    CHECK(sam->count(QStringLiteral("sent_bundle")) == 0);
}

TEST_CASE("an unknown case reference or an empty store makes no bundle")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    test::trust(*sam, *lee);
    core::CasesBundleRequest request = requestTo(*sam, *lee, QStringLiteral("b.alongside-bundle"));
    request.allCases = true;
    CHECK(core::makeCasesBundle(sam->db(), request).outcome == core::MakeBundleOutcome::NoCases);
    sam->addCases({QStringLiteral("AL-00001")});
    request.allCases = false;
    request.caseReferences = {QStringLiteral("AL-00001"), QStringLiteral("AL-09999")};
    const core::MakeBundleResult made = core::makeCasesBundle(sam->db(), request);
    CHECK(made.outcome == core::MakeBundleOutcome::NoCases);
    CHECK(made.message.contains(QStringLiteral("AL-09999")));
    CHECK_FALSE(QFile::exists(request.outPath));
}
