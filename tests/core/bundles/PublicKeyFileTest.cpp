// Fingerprints two people can read to each other, and the public-key file `keys show` prints.

#include "TeamFixture.h"

#include "keys/KeyFingerprint.h"
#include "keys/PublicKeyFile.h"
#include "storage/keys/StoreKeysRepository.h"

#include "support/Catch.h"

#include <QRegularExpression>

using namespace alongside;

namespace {

core::PublicKeys exampleKeys()
{
    core::PublicKeys keys;
    keys.storeId = QStringLiteral("0123456789abcdef0123456789abcdef");
    keys.signingKey = QByteArray(32, '\x11');
    keys.encryptionKey = QByteArray(32, '\x22');
    return keys;
}

// The file with one line inside the block replaced.
QByteArray withLine(const QByteArray& file, const QByteArray& startsWith, const QByteArray& replacement)
{
    QList<QByteArray> lines = file.split('\n');
    for (QByteArray& line : lines) {
        if (line.startsWith(startsWith))
            line = replacement;
    }
    return lines.join('\n');
}

} // namespace

TEST_CASE("a fingerprint is eight groups of four digits, the same every time for the same keys")
{
    const QString fingerprint = core::keyFingerprint(exampleKeys());
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}( \\d{4}){7}$")).match(fingerprint).hasMatch());
    CHECK(core::keyFingerprint(exampleKeys()) == fingerprint);
}

TEST_CASE("changing the store id or either key changes the fingerprint")
{
    const QString original = core::keyFingerprint(exampleKeys());
    core::PublicKeys keys = exampleKeys();
    keys.storeId[31] = u'e';
    CHECK(core::keyFingerprint(keys) != original);
    keys = exampleKeys();
    keys.signingKey[0] = '\x12';
    CHECK(core::keyFingerprint(keys) != original);
    keys = exampleKeys();
    keys.encryptionKey[31] = '\x23';
    CHECK(core::keyFingerprint(keys) != original);
    // The name is not part of it: names change, keys do not.
    keys = exampleKeys();
    keys.name = QStringLiteral("Someone Else");
    CHECK(core::keyFingerprint(keys) == original);
}

TEST_CASE("a fingerprint typed with dashes, commas or no spaces is understood; anything else is not")
{
    const QString expected = QStringLiteral("4031 8857 0926 5123 0774 1320 9851 2231");
    CHECK(core::normalisedFingerprint(QStringLiteral("40318857092651230774132098512231")) == expected);
    CHECK(core::normalisedFingerprint(QStringLiteral(" 4031-8857-0926-5123, 0774.1320 9851 2231 "))
          == expected);
    CHECK(core::normalisedFingerprint(QStringLiteral("4031 8857 0926 5123 0774 1320 9851 223")).isEmpty());
    CHECK(core::normalisedFingerprint(QStringLiteral("4031 8857 0926 5123 0774 1320 9851 22310")).isEmpty());
    CHECK(core::normalisedFingerprint(QStringLiteral("4031 8857 0926 5123 0774 1320 9851 223O")).isEmpty());
}

TEST_CASE("a fingerprint is spoken to a screen reader digit by digit, group by group")
{
    CHECK(core::spokenFingerprint(QStringLiteral("4031 8857")) == QStringLiteral("4 0 3 1, 8 8 5 7"));
}

TEST_CASE("the public-key file reads back with the practitioner's name, role, team, keys and fingerprint")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const core::MyKeys mine = sam->keys();
    const QString text = QString::fromUtf8(mine.publicKeyFile);
    CHECK(text.contains(QStringLiteral("Sam Patel")));
    CHECK(text.contains(QStringLiteral("fingerprint: ") + mine.fingerprint));
    CHECK(text.contains(QStringLiteral("phone Sam Patel on a number you already know")));

    const core::PublicKeyFileContents read = core::readPublicKeyFile(mine.publicKeyFile);
    INFO(read.problem.toStdString());
    REQUIRE(read.ok());
    CHECK(read.keys.name == QStringLiteral("Sam Patel"));
    CHECK(read.keys.role == QStringLiteral("Social worker"));
    CHECK(read.keys.team == QStringLiteral("Adult Safeguarding Team, Example Borough Council"));
    CHECK(read.keys.storeId == mine.keys.storeId);
    CHECK(read.keys.signingKey == mine.keys.signingKey);
    CHECK(read.keys.encryptionKey == mine.keys.encryptionKey);
    CHECK(read.fingerprint == mine.fingerprint);
}

TEST_CASE("a public-key file survives email: Windows line endings, indentation and text around it")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    QByteArray mailed = sam->publicKeyFile();
    mailed.replace("\n", "\r\n");
    mailed.replace("name: ", "   name: ");
    mailed = "From: sam@example.org\r\nSubject: my keys\r\n\r\n" + mailed + "\r\n-- \r\nSam\r\n";
    const core::PublicKeyFileContents read = core::readPublicKeyFile(mailed);
    INFO(read.problem.toStdString());
    CHECK(read.ok());
    CHECK(read.fingerprint == sam->keys().fingerprint);
}

TEST_CASE("a public-key file with its name changed on the way is refused as changed")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const QByteArray changed = withLine(sam->publicKeyFile(), "name:", "name: Team Leader");
    const core::PublicKeyFileContents read = core::readPublicKeyFile(changed);
    CHECK_FALSE(read.ok());
    CHECK(read.problem.contains(QStringLiteral("changed since it was made")));
}

TEST_CASE("a public-key file with a key swapped in is refused: its fingerprint no longer matches")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto mallory = test::makeColleague(QStringLiteral("Mallory"));
    const QByteArray malloryLine = QString::fromUtf8(mallory->publicKeyFile())
                                       .split(u'\n')
                                       .filter(QStringLiteral("encryption-key:"))
                                       .first()
                                       .toUtf8();
    const QByteArray swapped = withLine(sam->publicKeyFile(), "encryption-key:", malloryLine);
    const core::PublicKeyFileContents read = core::readPublicKeyFile(swapped);
    CHECK_FALSE(read.ok());
    CHECK(read.problem.contains(QStringLiteral("fingerprint written in it does not match")));
}

TEST_CASE("a public-key file cut short, empty, doubled or from a newer Alongside is refused with its reason")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    const QByteArray file = sam->publicKeyFile();
    CHECK(core::readPublicKeyFile(file.left(file.indexOf("signature:"))
                                  + "-----END ALONGSIDE PUBLIC KEYS-----\n")
              .problem.contains(QStringLiteral("cut short")));
    CHECK(core::readPublicKeyFile(file.left(file.size() / 2))
              .problem.contains(QStringLiteral("not an Alongside")));
    CHECK(core::readPublicKeyFile({}).problem.contains(QStringLiteral("not an Alongside")));
    CHECK(core::readPublicKeyFile(file + file).problem.contains(QStringLiteral("not an Alongside")));
    CHECK(core::readPublicKeyFile(withLine(file, "format:", "format: alongside-public-keys 2"))
              .problem.contains(QStringLiteral("newer version")));
    CHECK(core::readPublicKeyFile("\xff\xfe\x00garbage").problem.contains(QStringLiteral("not text")));
}
