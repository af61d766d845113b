#include "application/OpenBundle.h"
#include "application/AggregateBundle.h"
#include "application/TeamText.h"

#include "bundles/BundleReader.h"
#include "codecs/CaseFileReader.h"
#include "codecs/CaseFormat.h"
#include "exchange/CaseImport.h"
#include "keys/KeyFingerprint.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/BundleLedgerRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

namespace alongside::core {

namespace {

QString day(const QDateTime& moment)
{
    return moment.toLocalTime().date().toString(QStringLiteral("d MMMM yyyy"));
}

QString nameOf(const PublicKeys& keys)
{
    return keys.name.isEmpty() ? TeamText::tr("someone who gave no name") : keys.name;
}

BundleRefusal refusalFor(BundleProblem problem)
{
    switch (problem) {
    case BundleProblem::None:
        return BundleRefusal::None;
    case BundleProblem::NotABundle:
        return BundleRefusal::NotABundle;
    case BundleProblem::NewerFormat:
        return BundleRefusal::NewerFormat;
    case BundleProblem::Truncated:
        return BundleRefusal::Truncated;
    case BundleProblem::Tampered:
        return BundleRefusal::Tampered;
    case BundleProblem::NotForThisStore:
        return BundleRefusal::NotForThisStore;
    case BundleProblem::Forwarded:
        return BundleRefusal::Forwarded;
    }
    return BundleRefusal::Tampered;
}

BundleOpening& refuse(BundleOpening& opening, BundleRefusal refusal, const QString& message)
{
    opening.refusal = refusal;
    opening.message = message;
    return opening;
}

// Who made it, as this store knows them.
bool checkSender(const QSqlDatabase& db, BundleOpening& opening)
{
    const PublicKeys& claimed = opening.manifest.sender;
    const auto identity = StoreKeysRepository(db).identity();
    if (identity && identity->signingKey == claimed.signingKey) {
        refuse(opening, BundleRefusal::FromThisStore,
               TeamText::tr("This bundle was made in this store, so there is nothing in it to bring in."));
        return false;
    }
    const auto known = TeamKeyRepository(db).findBySigningKey(claimed.signingKey);
    if (!known || known->keys.storeId != claimed.storeId) {
        refuse(opening, BundleRefusal::UnknownSender,
               TeamText::tr(
                   "This bundle is signed by keys you have not trusted: %1, fingerprint %2. If you expect "
                   "cases from them, check that fingerprint with them by phone and trust their public-key "
                   "file first (File, Team members and keys).")
                   .arg(nameOf(claimed), keyFingerprint(claimed)));
        return false;
    }
    opening.sender = *known;
    if (known->revoked()) {
        refuse(
            opening, BundleRefusal::RevokedSender,
            TeamText::tr("This bundle is signed by the keys of %1, which were revoked here on %2 by %3, so "
                         "it is not opened.")
                .arg(nameOf(known->keys), day(known->revokedAt), known->revokedBy));
        return false;
    }
    return true;
}

bool checkNotOpenedBefore(const QSqlDatabase& db, BundleOpening& opening)
{
    const auto opened = BundleLedgerRepository(db).findOpened(opening.manifest.bundleId);
    if (!opened)
        return true;
    refuse(opening, BundleRefusal::AlreadyOpened,
           TeamText::tr("This bundle was already imported, on %1 by %2. Nothing was changed.")
               .arg(day(opened->openedAt), opened->openedBy));
    return false;
}

bool checkCases(const QSqlDatabase& db, const QByteArray& payload, BundleOpening& opening)
{
    if (opening.manifest.payloadFormat != caseformat::kFormatName
        || opening.manifest.payloadVersion > caseformat::kVersion) {
        refuse(opening, BundleRefusal::NewerFormat,
               TeamText::tr(
                   "The cases in this bundle are in a newer case format. Update Alongside to open it."));
        return false;
    }
    // A version 1 payload (from an Alongside before whole cases travelled) still opens.
    const CaseFileContents contents = readCaseFile(payload);
    opening.cases = contents.references();
    opening.problems = contents.problems;
    if (contents.ok())
        opening.problems = problemsWithStore(contents, db);
    if (opening.problems.empty())
        return true;
    refuse(opening, BundleRefusal::CasesRefused,
           TeamText::tr("The cases in this bundle cannot be imported (%n problem(s)). Nothing was imported.",
                        nullptr, int(opening.problems.size())));
    return false;
}

// Every check; on success `payload` holds the contents.
BundleOpening inspect(const QSqlDatabase& db, const QByteArray& bytes, QByteArray* payload)
{
    BundleOpening opening;
    const StoreKeysRepository keys(db);
    const auto identity = keys.identity();
    if (!identity)
        return refuse(opening, BundleRefusal::StoreRefused,
                      TeamText::tr("This store has no keys to open a bundle with."));
    BundleReading reading = readBundle(bytes, identity->encryptionKey, keys.encryptionSecret());
    if (!reading.ok()) {
        refuse(opening, refusalFor(reading.problem), reading.message);
        opening.detail = reading.detail;
        return opening;
    }
    opening.manifest = reading.contents.manifest;
    if (!checkSender(db, opening) || !checkNotOpenedBefore(db, opening))
        return opening;
    if (opening.manifest.kind == BundleKind::Aggregate) { // the Board's figures: AggregateBundle.cpp
        if (checkAggregatePayload(db, reading.contents.payload, opening))
            *payload = std::move(reading.contents.payload);
        return opening;
    }
    if (opening.manifest.kind != BundleKind::Cases)
        return refuse(
            opening, BundleRefusal::NotYetSupported,
            TeamText::tr(
                "This is a \"%1\" bundle, which this version of Alongside cannot open yet. Nothing was "
                "changed.")
                .arg(bundleKindName(opening.manifest.kind)));
    if (!checkCases(db, reading.contents.payload, opening))
        return opening;
    *payload = std::move(reading.contents.payload);
    return opening;
}

} // namespace

BundleOpening inspectBundle(const QSqlDatabase& db, const QByteArray& bytes)
{
    QByteArray payload;
    return inspect(db, bytes, &payload);
}

BundleOpening openBundle(QSqlDatabase db, const QByteArray& bytes, const QString& openedBy,
                         const QDateTime& now)
{
    QByteArray payload;
    BundleOpening opening = inspect(db, bytes, &payload);
    if (!opening.ok())
        return opening;
    const OpenedBundleRecord record{opening.manifest.bundleId,
                                    bundleKindName(opening.manifest.kind),
                                    opening.sender.id,
                                    opening.manifest.sender.storeId,
                                    opening.manifest.sequence,
                                    opening.manifest.madeAt.toLocalTime(),
                                    openedBy,
                                    now,
                                    opening.cases.join(QStringLiteral(", "))};
    if (opening.manifest.kind == BundleKind::Aggregate)
        return openAggregateBundle(db, std::move(opening), payload, record);
    // The record that it was opened is written with the cases: both or neither.
    const CaseImportResult imported = importCaseFile(
        payload, db, openedBy, now, [&] { BundleLedgerRepository(db).recordOpened(record); });
    if (!imported.problems.empty()) {
        opening.problems = imported.problems;
        return refuse(
            opening, BundleRefusal::CasesRefused,
            TeamText::tr("The cases in this bundle cannot be imported (%n problem(s)). Nothing was imported.",
                         nullptr, int(imported.problems.size())));
    }
    if (!imported.storeError.isEmpty())
        return refuse(opening, BundleRefusal::StoreRefused, imported.storeError);
    opening.imported = imported.imported;
    opening.message = TeamText::tr("Imported %n case(s) from a bundle made on %2 by %1: %3.", nullptr,
                                   int(opening.imported.size()))
                          .arg(nameOf(opening.sender.keys), day(opening.manifest.madeAt),
                               opening.imported.join(QStringLiteral(", ")));
    return opening;
}

} // namespace alongside::core
