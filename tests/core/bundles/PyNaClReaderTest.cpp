// docs/bundles.md is enough to read a bundle: an independent reader written from it alone with
// Python's PyNaCl (tests/core/bundles/read_bundle.py) opens Alongside's real bundle files and
// refuses the same damaged ones.

#include "AggregateFixture.h"
#include "TeamFixture.h"

#include "bundles/BundleReader.h"
#include "bundles/BundleWriter.h"
#include "storage/keys/StoreKeysRepository.h"

#include "support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace alongside;

namespace {

struct PythonRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

PythonRun runReader(const QStringList& arguments)
{
    // Debian's python3, where python3-nacl is installed (not a virtualenv's that may lack it).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"),
                                                          {QStringLiteral("/usr/bin")});
    INFO("needs Debian's python3 and python3-nacl (packaging/debian/install-build-deps.sh)");
    REQUIRE_FALSE(python.isEmpty());
    QProcess process;
    process.start(python,
                  QStringList{QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/core/bundles/read_bundle.py")}
                      + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString writeFile(const test::Colleague& owner, const QString& name, const QByteArray& bytes)
{
    const QString path = owner.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// The recipient's key pair as the Python reader takes it. Only a test ever takes a secret key out
// of a store like this.
QStringList recipientArguments(const test::Colleague& recipient)
{
    const core::SecretBytes secret = core::StoreKeysRepository(recipient.db()).encryptionSecret();
    const QString secretPath = writeFile(recipient, QStringLiteral("x25519.secret"),
                                         QByteArray(secret.chars(), qsizetype(secret.size())));
    return {QString::fromLatin1(recipient.keys().keys.encryptionKey.toHex()), secretPath};
}

PythonRun readWithPython(const test::Colleague& recipient, const QByteArray& bundle,
                         QByteArray* payload = nullptr)
{
    const QString bundlePath = writeFile(recipient, QStringLiteral("in.alongside-bundle"), bundle);
    const QString payloadPath = recipient.file(QStringLiteral("payload.out"));
    QFile::remove(payloadPath);
    const PythonRun run = runReader(QStringList{QStringLiteral("bundle"), bundlePath}
                                    + recipientArguments(recipient) + QStringList{payloadPath});
    if (payload)
        *payload = test::readWholeFile(payloadPath);
    return run;
}

} // namespace

TEST_CASE("a bundle made by Alongside opens with PyNaCl following only docs/bundles.md")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"), QStringLiteral("Team leader"));
    test::trust(*sam, *lee);
    // A payload of several stream parts.
    QStringList references;
    for (int i = 1; i <= 30; ++i)
        references << QStringLiteral("AL-%1").arg(i, 5, 10, QLatin1Char('0'));
    sam->addCases(references);
    const QByteArray bundle = test::casesBundle(*sam, {lee.get()}, references);
    const core::BundleReading inCpp = core::readBundle(
        bundle, lee->keys().keys.encryptionKey, core::StoreKeysRepository(lee->db()).encryptionSecret());
    REQUIRE(inCpp.ok());
    REQUIRE(inCpp.contents.payload.size() > 2 * 65536);

    QByteArray payload;
    const PythonRun run = readWithPython(*lee, bundle, &payload);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(payload == inCpp.contents.payload);
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    const QJsonObject manifest = out.value(QStringLiteral("manifest")).toObject();
    CHECK(manifest.value(QStringLiteral("bundle")).toString() == inCpp.contents.manifest.bundleId);
    CHECK(manifest.value(QStringLiteral("kind")).toString() == QStringLiteral("cases"));
    CHECK(manifest.value(QStringLiteral("sequence")).toInt() == 1);
    CHECK(manifest.value(QStringLiteral("sender")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Sam Patel"));
    CHECK(manifest.value(QStringLiteral("recipients"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("name"))
              .toString()
          == QStringLiteral("Lee Okafor"));
    CHECK(out.value(QStringLiteral("senderFingerprint")).toString() == sam->keys().fingerprint);
}

TEST_CASE("a public-key file is checked and fingerprinted by PyNaCl exactly as Alongside does")
{
    auto sam = test::makeColleague(QStringLiteral("Zoë Ní Bhriain"));
    const core::MyKeys keys = sam->keys();
    const PythonRun run = runReader(
        {QStringLiteral("keyfile"), writeFile(*sam, QStringLiteral("k"), keys.publicKeyFile)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    CHECK(out.value(QStringLiteral("fingerprint")).toString() == keys.fingerprint);
    CHECK(out.value(QStringLiteral("name")).toString() == QStringLiteral("Zoë Ní Bhriain"));
    CHECK(out.value(QStringLiteral("store")).toString() == keys.keys.storeId);

    QByteArray changed = keys.publicKeyFile;
    changed.replace("role: Social worker", "role: Team leader");
    const PythonRun refused = runReader(
        {QStringLiteral("keyfile"), writeFile(*sam, QStringLiteral("k2"), changed)});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.trimmed() == "changed");
}

TEST_CASE(
    "PyNaCl following the document refuses the same changed, cut-short, misaddressed and forwarded bundles")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(QStringLiteral("Lee Okafor"));
    auto kim = test::makeColleague(QStringLiteral("Kim Adeyemi"));
    test::trust(*sam, *lee);
    test::trust(*sam, *kim);
    sam->addCases({QStringLiteral("AL-00001")});
    const QByteArray bundle = test::casesBundle(*sam, {lee.get()}, {QStringLiteral("AL-00001")});

    QByteArray changed = bundle;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x04);
    CHECK(readWithPython(*lee, changed).err.trimmed() == "changed");
    CHECK(readWithPython(*lee, bundle.left(bundle.size() - 3)).err.trimmed() == "cut-short");
    CHECK(readWithPython(*lee, bundle + "x").err.trimmed() == "changed");
    CHECK(readWithPython(*kim, bundle).err.trimmed() == "not-for-this-store");

    const core::BundleReading atLee = core::readBundle(
        bundle, lee->keys().keys.encryptionKey, core::StoreKeysRepository(lee->db()).encryptionSecret());
    REQUIRE(atLee.ok());
    const QByteArray forwarded = core::sealBundle(atLee.contents.manifestJson, atLee.contents.signature,
                                                  atLee.contents.payload, {kim->keys().keys.encryptionKey});
    CHECK(readWithPython(*kim, forwarded).err.trimmed() == "forwarded");
}

TEST_CASE(
    "an aggregate bundle opens with PyNaCl following only docs/bundles.md, and its payload names nobody")
{
    auto north = test::makeColleague(QStringLiteral("Nia North"), QStringLiteral("Team leader"));
    auto board = test::makeColleague(QStringLiteral("Bea Board"), QStringLiteral("Board analyst"));
    test::trust(*north, *board);
    test::plantedCases(north->db(), north->name);
    QByteArray payload;
    const PythonRun run = readWithPython(*board, test::aggregateBundle(*north, {board.get()}), &payload);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject manifest =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("manifest")).toObject();
    CHECK(manifest.value(QStringLiteral("kind")).toString() == QStringLiteral("aggregate"));
    CHECK(manifest.value(QStringLiteral("payload")).toObject().value(QStringLiteral("format")).toString()
          == QStringLiteral("alongside-aggregate"));
    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    CHECK(json.value(QStringLiteral("reportingYear")).toInt() == test::kYear);
    CHECK(json.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("enquiries")).toInt() == 3);
    QStringList never{test::Planted::givenName, test::Planted::familyName, test::Planted::address,
                      test::Planted::noteText, test::Planted::reported};
    never << test::Planted::nhsNumbers() << test::Planted::isoDates() << test::Planted::references()
          << QStringLiteral("pension"); // the person's own words about what they wanted
    for (const QString& text : never) {
        INFO("found in the payload PyNaCl read: " << text.toStdString());
        CHECK_FALSE(payload.contains(text.toUtf8()));
    }
}
