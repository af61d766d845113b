// Trusting a colleague's keys (fingerprint read aloud and checked) and revoking them.

#include "TeamFixture.h"

#include "storage/repositories/TeamKeyRepository.h"

#include "support/Catch.h"

#include <QSqlQuery>

using namespace alongside;

TEST_CASE("trusting a colleague records who trusted them, when, and the fingerprint that was checked")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"), QStringLiteral("Team leader"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::MyKeys samKeys = sam->keys();
    // Read aloud over the phone, typed as heard: dashes instead of spaces.
    QString heard = samKeys.fingerprint;
    heard.replace(u' ', u'-');

    const core::TrustResult result = core::trustColleague(lee->db(), samKeys.publicKeyFile, heard,
                                                          QStringLiteral("Lee Okafor"), test::kTeamNow);
    INFO(result.message.toStdString());
    REQUIRE(result.outcome == core::TrustOutcome::Trusted);

    const auto stored = core::TeamKeyRepository(lee->db()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].keys.name == QStringLiteral("Sam Patel"));
    CHECK(stored[0].keys.role == QStringLiteral("Social worker"));
    CHECK(stored[0].keys.storeId == samKeys.keys.storeId);
    CHECK(stored[0].keys.signingKey == samKeys.keys.signingKey);
    CHECK(stored[0].keys.encryptionKey == samKeys.keys.encryptionKey);
    CHECK(stored[0].fingerprint == samKeys.fingerprint);
    CHECK(stored[0].trustedBy == QStringLiteral("Lee Okafor"));
    CHECK(stored[0].trustedAt == test::kTeamNow);
    CHECK_FALSE(stored[0].revoked());
}

TEST_CASE("a fingerprint read out differently from the file's trusts nothing")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::MyKeys samKeys = sam->keys();
    QString misheard = samKeys.fingerprint;
    misheard[misheard.size() - 1] = misheard.back() == u'7' ? u'8' : u'7';

    const core::TrustResult wrong = core::trustColleague(lee->db(), samKeys.publicKeyFile, misheard,
                                                         QStringLiteral("Lee"), test::kTeamNow);
    CHECK(wrong.outcome == core::TrustOutcome::FingerprintMismatch);
    CHECK(wrong.message.contains(QStringLiteral("does not match")));
    const core::TrustResult empty = core::trustColleague(lee->db(), samKeys.publicKeyFile, QString(),
                                                         QStringLiteral("Lee"), test::kTeamNow);
    CHECK(empty.outcome == core::TrustOutcome::FingerprintMismatch);
    CHECK(lee->count(QStringLiteral("team_key")) == 0);
}

TEST_CASE("a store cannot trust its own keys")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::MyKeys mine = sam->keys();
    const core::TrustResult result = core::trustColleague(sam->db(), mine.publicKeyFile, mine.fingerprint,
                                                          sam->name, test::kTeamNow);
    CHECK(result.outcome == core::TrustOutcome::OwnKeys);
    CHECK(sam->count(QStringLiteral("team_key")) == 0);
}

TEST_CASE("trusting the same keys twice changes nothing and says since when they are trusted")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    test::trust(*lee, *sam);
    const core::MyKeys samKeys = sam->keys();
    const core::TrustResult again = core::trustColleague(lee->db(), samKeys.publicKeyFile,
                                                         samKeys.fingerprint, lee->name, test::kTeamNow);
    CHECK(again.outcome == core::TrustOutcome::AlreadyTrusted);
    CHECK(again.ok());
    CHECK(again.message.contains(QStringLiteral("14 March 2026")));
    CHECK(lee->count(QStringLiteral("team_key")) == 1);
}

TEST_CASE("a damaged public-key file is refused before any fingerprint is asked for")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    QByteArray file = sam->publicKeyFile();
    file.replace("Sam Patel", "Sam Patell");
    const core::TrustResult checked = core::checkColleagueKeys(lee->db(), file);
    CHECK(checked.outcome == core::TrustOutcome::FileRefused);
    CHECK(lee->count(QStringLiteral("team_key")) == 0);
}

TEST_CASE("revoking a colleague's keys records who, when and why, and they are never trusted again")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::TeamMemberKey trusted = test::trust(*lee, *sam);
    const QDateTime later = test::kTeamNow.addDays(30);

    const core::RevokeResult revoked = core::revokeColleague(
        lee->db(), trusted.fingerprint, QStringLiteral("Lee Okafor"), later, QStringLiteral("laptop lost"));
    INFO(revoked.message.toStdString());
    REQUIRE(revoked.outcome == core::RevokeOutcome::Revoked);
    const auto stored = core::TeamKeyRepository(lee->db()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].revoked());
    CHECK(stored[0].revokedBy == QStringLiteral("Lee Okafor"));
    CHECK(stored[0].revokedAt == later);
    CHECK(stored[0].revokedReason == QStringLiteral("laptop lost"));

    const core::MyKeys samKeys = sam->keys();
    const core::TrustResult again = core::trustColleague(lee->db(), samKeys.publicKeyFile,
                                                         samKeys.fingerprint, lee->name, later);
    CHECK(again.outcome == core::TrustOutcome::WasRevoked);
    CHECK(core::revokeColleague(lee->db(), trusted.fingerprint, lee->name, later).outcome
          == core::RevokeOutcome::AlreadyRevoked);
}

TEST_CASE("revoking needs a fingerprint trusted here, and never this store's own")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    CHECK(core::revokeColleague(lee->db(), lee->keys().fingerprint, lee->name, test::kTeamNow).outcome
          == core::RevokeOutcome::OwnKeys);
    CHECK(core::revokeColleague(lee->db(), QStringLiteral("1111 2222 3333 4444 5555 6666 7777 8888"),
                                lee->name, test::kTeamNow)
              .outcome
          == core::RevokeOutcome::NotFound);
    CHECK(core::revokeColleague(lee->db(), QStringLiteral("1234"), lee->name, test::kTeamNow).outcome
          == core::RevokeOutcome::NotAFingerprint);
}

TEST_CASE("a trusted key cannot be edited, deleted or un-revoked, even with SQL")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::TeamMemberKey trusted = test::trust(*lee, *sam);
    QSqlQuery query(lee->db());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE team_key SET name = 'Someone else'")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE team_key SET encryption_key = zeroblob(32)")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM team_key")));
    REQUIRE(core::revokeColleague(lee->db(), trusted.fingerprint, lee->name, test::kTeamNow).ok());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE team_key SET revoked_at = NULL, revoked_by = NULL")));
    CHECK(core::TeamKeyRepository(lee->db()).all().front().revoked());
}

TEST_CASE("new keys for a colleague's store are refused while the old ones are still trusted")
{
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    test::trust(*lee, *sam);
    // The same store id with other keys: only possible from someone forging Sam's store id.
    QSqlQuery query(lee->db());
    REQUIRE(query.exec(
        QStringLiteral("SELECT count(*) FROM team_key WHERE store_id = '%1'").arg(sam->keys().keys.storeId)));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO team_key (store_id, name, signing_key, encryption_key,"
                                  " fingerprint, trusted_by, trusted_at) VALUES ('%1', 'x', randomblob(32),"
                                  " randomblob(32), 'f', 'x', '2026-01-01T00:00:00')")
                       .arg(sam->keys().keys.storeId)));
}
