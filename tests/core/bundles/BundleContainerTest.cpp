// The bundle container on its own: sealed to each recipient, every byte authenticated, signed
// for exactly the recipients it names (docs/bundles.md).

#include "TeamFixture.h"

#include "bundles/BundleFormat.h"
#include "bundles/BundleReader.h"
#include "bundles/BundleWriter.h"
#include "storage/keys/StoreKeysRepository.h"

#include "support/Catch.h"

#include <QtEndian>

using namespace alongside;

namespace {

struct Party {
    std::unique_ptr<test::Colleague> colleague;
    core::PublicKeys keys;

    core::SecretBytes signingSecret() const
    {
        return core::StoreKeysRepository(colleague->db()).signingSecret();
    }
    core::BundleReading read(const QByteArray& bundle) const
    {
        return core::readBundle(bundle, keys.encryptionKey,
                                core::StoreKeysRepository(colleague->db()).encryptionSecret());
    }
};

Party party(const QString& name)
{
    Party made{test::makeColleague(name), {}};
    made.keys = made.colleague->keys().keys;
    return made;
}

core::BundleManifest manifestFrom(const Party& sender, const std::vector<const Party*>& recipients)
{
    core::BundleManifest manifest;
    manifest.bundleId = core::newBundleId();
    manifest.kind = core::BundleKind::Cases;
    manifest.madeAt = test::kTeamNow;
    manifest.sequence = 7;
    manifest.sender = sender.keys;
    for (const Party* recipient : recipients)
        manifest.recipients.push_back(recipient->keys);
    manifest.payloadFormat = QStringLiteral("alongside-case");
    manifest.payloadVersion = 1;
    return manifest;
}

const QByteArray kPayload =
    QByteArray("{\"format\":\"alongside-case\",\"cases\":[]} and some more words. ").repeated(20);

} // namespace

TEST_CASE("a bundle opens for each of its recipients, with the manifest and payload exactly as made")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const Party kim = party(QStringLiteral("Kim Adeyemi"));
    const core::BundleManifest manifest = manifestFrom(sam, {&lee, &kim});
    const QByteArray bundle = core::makeBundle(manifest, kPayload, sam.signingSecret());

    for (const Party* recipient : {&lee, &kim}) {
        const core::BundleReading reading = recipient->read(bundle);
        INFO(reading.detail.toStdString());
        REQUIRE(reading.ok());
        CHECK(reading.contents.payload == kPayload);
        const core::BundleManifest& read = reading.contents.manifest;
        CHECK(read.bundleId == manifest.bundleId);
        CHECK(read.kind == core::BundleKind::Cases);
        CHECK(read.madeAt == test::kTeamNow);
        CHECK(read.sequence == 7);
        CHECK(read.sender.storeId == sam.keys.storeId);
        CHECK(read.sender.name == QStringLiteral("Sam Patel"));
        CHECK(read.sender.signingKey == sam.keys.signingKey);
        REQUIRE(read.recipients.size() == 2);
        CHECK(read.recipients[1].name == QStringLiteral("Kim Adeyemi"));
        CHECK(read.payloadSize == kPayload.size());
        CHECK(read.payloadHash == core::payloadHash(kPayload));
    }
}

TEST_CASE("a bundle does not open for a store it was not sealed to, nor for its own sender")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const Party oz = party(QStringLiteral("Oz Outsider"));
    const QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee}), kPayload, sam.signingSecret());
    CHECK(oz.read(bundle).problem == core::BundleProblem::NotForThisStore);
    CHECK(sam.read(bundle).problem == core::BundleProblem::NotForThisStore);
    CHECK(oz.read(bundle).message.contains(QStringLiteral("not made for this store")));
}

TEST_CASE("a bundle of several parts, and an empty payload, read back exactly")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    QByteArray large(core::bundleformat::kChunkBytes * 3 + 123, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char(i * 7919 % 251);
    for (const QByteArray& payload :
         {large, QByteArray(), QByteArray(core::bundleformat::kChunkBytes, 'x')}) {
        const core::BundleReading reading = lee.read(
            core::makeBundle(manifestFrom(sam, {&lee}), payload, sam.signingSecret()));
        INFO(reading.detail.toStdString());
        REQUIRE(reading.ok());
        CHECK(reading.contents.payload == payload);
    }
}

TEST_CASE("changing any single byte of a bundle is noticed, even in another recipient's sealed key")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const Party kim = party(QStringLiteral("Kim Adeyemi"));
    // Kim's slot comes after Lee's: Lee never opens it, so only the header bound into the
    // stream shows that it changed.
    const QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee, &kim}), kPayload,
                                               sam.signingSecret());
    REQUIRE(lee.read(bundle).ok());
    const core::SecretBytes secret = core::StoreKeysRepository(lee.colleague->db()).encryptionSecret();
    int refusedAsTampered = 0;
    for (qsizetype i = 0; i < bundle.size(); ++i) {
        QByteArray changed = bundle;
        changed[i] = char(changed[i] ^ 0x01);
        const core::BundleReading reading = core::readBundle(changed, lee.keys.encryptionKey, secret);
        INFO("byte " << i << " of " << bundle.size());
        REQUIRE_FALSE(reading.ok());
        REQUIRE_FALSE(reading.message.isEmpty());
        if (reading.problem == core::BundleProblem::Tampered)
            ++refusedAsTampered;
    }
    // Everything after the magic and the recipient's own sealed key says "changed or damaged".
    CHECK(refusedAsTampered > bundle.size() - core::bundleformat::headerBytes(2));
}

TEST_CASE("a bundle cut short anywhere is refused as incomplete")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    QByteArray payload(core::bundleformat::kChunkBytes + 500, 'p');
    const QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee}), payload, sam.signingSecret());
    const core::SecretBytes secret = core::StoreKeysRepository(lee.colleague->db()).encryptionSecret();
    for (qsizetype length = 1; length < bundle.size(); length += (length < 400 ? 1 : 97)) {
        const core::BundleReading reading = core::readBundle(bundle.left(length), lee.keys.encryptionKey,
                                                             secret);
        INFO("cut at " << length << " of " << bundle.size() << ": " << reading.detail.toStdString());
        REQUIRE(reading.problem == core::BundleProblem::Truncated);
    }
    CHECK(lee.read(bundle.left(bundle.size() - 1)).message.contains(QStringLiteral("incomplete")));
}

TEST_CASE("anything added after a bundle's last part is refused as changed")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee}), kPayload, sam.signingSecret());
    CHECK(lee.read(bundle + QByteArray(1, '\0')).problem == core::BundleProblem::Tampered);
    CHECK(lee.read(bundle + bundle).problem == core::BundleProblem::Tampered);
}

TEST_CASE(
    "a recipient who re-seals a bundle to someone else is found out: it was signed for other recipients")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const Party kim = party(QStringLiteral("Kim Adeyemi"));
    const QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee}), kPayload, sam.signingSecret());
    const core::BundleReading atLee = lee.read(bundle);
    REQUIRE(atLee.ok());

    // Lee passes Sam's signed manifest and payload on to Kim under a new file key.
    const QByteArray forwarded = core::sealBundle(atLee.contents.manifestJson, atLee.contents.signature,
                                                  atLee.contents.payload, {kim.keys.encryptionKey});
    const core::BundleReading atKim = kim.read(forwarded);
    CHECK(atKim.problem == core::BundleProblem::Forwarded);
    CHECK(atKim.message.contains(QStringLiteral("someone else passed it on")));

    // Or adds Kim beside the original recipient.
    const QByteArray widened = core::sealBundle(atLee.contents.manifestJson, atLee.contents.signature,
                                                atLee.contents.payload,
                                                {lee.keys.encryptionKey, kim.keys.encryptionKey});
    CHECK(kim.read(widened).problem == core::BundleProblem::Forwarded);
    CHECK(lee.read(widened).problem == core::BundleProblem::Forwarded);
}

TEST_CASE("a genuine signature over another payload, or a manifest signed by someone else, is refused")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    const Party oz = party(QStringLiteral("Oz Outsider"));
    const core::BundleReading genuine = lee.read(
        core::makeBundle(manifestFrom(sam, {&lee}), kPayload, sam.signingSecret()));
    REQUIRE(genuine.ok());

    const QByteArray otherPayload = core::sealBundle(genuine.contents.manifestJson,
                                                     genuine.contents.signature, QByteArray("other cases"),
                                                     {lee.keys.encryptionKey});
    CHECK(lee.read(otherPayload).problem == core::BundleProblem::Tampered);

    // Oz claims to be Sam but can only sign with Oz's own key.
    const QByteArray impostor = core::makeBundle(manifestFrom(sam, {&lee}), kPayload, oz.signingSecret());
    const core::BundleReading read = lee.read(impostor);
    CHECK(read.problem == core::BundleProblem::Tampered);
    CHECK(read.detail.contains(QStringLiteral("signature")));
}

TEST_CASE("a bundle from a newer Alongside asks for an update; other files are not bundles")
{
    const Party sam = party(QStringLiteral("Sam Patel"));
    const Party lee = party(QStringLiteral("Lee Okafor"));
    QByteArray bundle = core::makeBundle(manifestFrom(sam, {&lee}), kPayload, sam.signingSecret());
    qToBigEndian<quint16>(2, bundle.data() + core::bundleformat::kMagicBytes);
    CHECK(lee.read(bundle).problem == core::BundleProblem::NewerFormat);
    CHECK(lee.read(bundle).message.contains(QStringLiteral("newer version")));
    CHECK(lee.read(QByteArray("{\"format\": \"alongside-case\"}")).problem
          == core::BundleProblem::NotABundle);
    CHECK(lee.read(QByteArray()).problem == core::BundleProblem::NotABundle);
    CHECK(lee.read(sam.colleague->publicKeyFile()).problem == core::BundleProblem::NotABundle);
}
