#include "BundleBench.h"

#include "BenchTimer.h"

#include "application/MakeBundle.h"
#include "application/OpenBundle.h"
#include "application/TeamKeys.h"
#include "demo/DemoJourneys.h"
#include "exchange/CaseExport.h"
#include "exchange/CaseImport.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/TeamKeyRepository.h"
#include "storage/store/Store.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <stdexcept>

namespace alongside::bench {

namespace {

const QDateTime kNow(QDate(2026, 3, 14), QTime(10, 30));

std::unique_ptr<core::Store> newStore(const QString& path, const core::StoreOptions& cheap,
                                      const QString& name)
{
    QFile::remove(path);
    core::StoreError error;
    QString passphrase = QStringLiteral("bench kettle orchard lantern");
    auto store = core::Store::create(path, core::SecretBytes::takeUtf8(passphrase), &error, cheap);
    if (!store)
        throw std::runtime_error(
            (QStringLiteral("bundle bench: ") + error.message + u' ' + error.detail).toStdString());
    core::PractitionerContact contact;
    contact.name = name;
    core::LetterRepository(store->database(), name).savePractitionerContact(contact);
    return store;
}

void trust(core::Store& truster, core::Store& trusted)
{
    const auto theirs = core::myKeys(trusted.database());
    if (!theirs
        || !core::trustColleague(truster.database(), theirs->publicKeyFile, theirs->fingerprint,
                                 QStringLiteral("bench"), kNow)
                .ok())
        throw std::runtime_error("bundle bench: could not trust a key");
}

// 250 whole cases: the demo journeys (every part of a case filled in) repeated under new references.
std::vector<core::CaseRecord> caseload()
{
    const std::vector<core::CaseRecord> journeys = core::demoJourneys(kNow.date());
    std::vector<core::CaseRecord> cases;
    for (int i = 0; i < kBundleCases; ++i) {
        core::CaseRecord record = journeys[std::size_t(i) % journeys.size()];
        record.reference = QStringLiteral("BENCH-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        cases.push_back(std::move(record));
    }
    return cases;
}

} // namespace

void benchBundles(BenchReport& report, const QString& folder, const core::StoreOptions& cheap, int repeat,
                  QTextStream& progress)
{
    progress << "bundles: 250 cases made and opened…\n" << Qt::flush;
    const QDir dir(folder);
    auto sender = newStore(dir.filePath(QStringLiteral("bundle-sender.db")), cheap, QStringLiteral("Sam"));
    const auto written = core::CaseRepository(sender->database(), QStringLiteral("bench"), [] {
                             return kNow;
                         }).createCases(caseload());
    if (!written.ok())
        throw std::runtime_error((QStringLiteral("bundle bench: ") + written.error).toStdString());
    const QByteArray caseFile =
        core::exportAllCases(core::CaseRepository(sender->database(), QStringLiteral("bench"))).json;

    ComparisonResult row;
    row.name = "bundle: 250 cases made + opened (no key derivation)";
    qsizetype bundleBytes = 0;
    for (int i = 0; i < std::max(repeat, 3); ++i) {
        // A fresh leader's store each time (opening the same bundle twice is refused by design).
        auto leader = newStore(dir.filePath(QStringLiteral("bundle-leader-%1.db").arg(i)), cheap,
                               QStringLiteral("Lee"));
        auto floor = newStore(dir.filePath(QStringLiteral("bundle-floor-%1.db").arg(i)), cheap,
                              QStringLiteral("Lee"));
        trust(*sender, *leader);
        trust(*leader, *sender);
        core::CasesBundleRequest request;
        request.allCases = true;
        for (const core::TeamMemberKey& key : core::TeamKeyRepository(sender->database()).all()) {
            if (!key.revoked())
                request.recipients.push_back(key);
        }
        request.outPath = dir.filePath(QStringLiteral("bench-%1.alongside-bundle").arg(i));
        request.madeBy = QStringLiteral("bench");
        request.now = kNow;

        BenchTimer timer;
        const core::MakeBundleResult made = core::makeCasesBundle(sender->database(), request);
        QFile file(request.outPath);
        const QByteArray bundle = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const core::BundleOpening opened = core::openBundle(leader->database(), bundle,
                                                            QStringLiteral("bench"), kNow);
        row.driverMs.add(timer.elapsedMs());
        if (!made.ok() || !opened.ok() || opened.imported.size() != kBundleCases)
            throw std::runtime_error(
                (QStringLiteral("bundle bench: ") + made.message + u' ' + opened.message).toStdString());
        bundleBytes = bundle.size();
        // Revoking lets the next round trust the same sender again in a new leader store; the sender's
        // own trust of this leader is revoked so the next bundle has one recipient.
        core::revokeColleague(sender->database(), core::myKeys(leader->database())->fingerprint,
                              QStringLiteral("bench"), kNow);

        BenchTimer plain;
        const core::CaseImportResult imported = core::importCaseFile(caseFile, floor->database(),
                                                                     QStringLiteral("bench"), kNow);
        row.rawMs.add(plain.elapsedMs());
        if (!imported.ok())
            throw std::runtime_error("bundle bench: the plain import failed");
    }
    report.addComparison(row, RowTarget{std::nullopt, kBundleLimitMs, false});
    report.addRowDetail(row.name, QStringLiteral("bundle_bytes"), static_cast<qint64>(bundleBytes));
    report.addRowDetail(row.name, QStringLiteral("case_file_bytes"), static_cast<qint64>(caseFile.size()));
    report.addRowDetail(
        row.name, QStringLiteral("raw_side"),
        QStringLiteral("the plain import of the same case file into an empty store (no bundle)"));
}

} // namespace alongside::bench
