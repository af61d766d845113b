#pragma once

#include "application/PersonalFile.h"
#include "bundles/BundleManifest.h"
#include "model/TeamMemberKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace alongside::core {

// Making a bundle, written once for File → Send cases to my team leader… and for
// `alongside-cli bundle make`.

struct CasesBundleRequest {
    QStringList caseReferences; // in this order; ignored with allCases
    bool allCases = false;
    std::vector<TeamMemberKey> recipients; // colleagues trusted in this store
    QString outPath;
    ExistingFile existing = ExistingFile::Refuse;
    QString madeBy;
    QDateTime now;
};

enum class MakeBundleOutcome {
    Made,
    NoRecipients,
    RecipientNotTrusted, // not trusted here, or revoked
    NoCases,             // no case named, an unknown reference, or an empty store
    FileRefused,         // the file could not be written (PersonalFile's reason)
    StoreRefused,
};

struct MakeBundleResult {
    MakeBundleOutcome outcome = MakeBundleOutcome::StoreRefused;
    QString message; // one plain sentence
    QString bundleId;
    qint64 sequence = 0;
    QStringList cases; // the references sent
    bool ok() const { return outcome == MakeBundleOutcome::Made; }
};

// A `cases` bundle: the chosen cases in the case file format (docs/case-format.md), signed with
// this store's key and sealed to each recipient, written through writePersonalFile (owner-only,
// whole or nothing). The store records the bundle (id, sequence, recipients, cases) in the same
// change: if the file cannot be written, nothing is recorded.
MakeBundleResult makeCasesBundle(QSqlDatabase db, const CasesBundleRequest& request);

// The steps every kind of bundle shares, for the kinds' own files (AggregateBundle.cpp).
// Before a payload is made: refused unless there is a recipient, each trusted here and not
// revoked, and this store has keys to sign with.
std::optional<MakeBundleResult> refusedBeforePayload(const QSqlDatabase& db,
                                                     const std::vector<TeamMemberKey>& recipients);
// Once it is made: signed, sealed to each recipient, recorded in sent_bundle (with `summary`)
// and written through writePersonalFile, in one change: if the file cannot be written, nothing
// is recorded. A Made result has no message yet: each kind words its own.
struct OutgoingBundle {
    BundleKind kind = BundleKind::Cases;
    QString payloadFormat;
    int payloadVersion = 0;
    QByteArray payload;
    QString summary;
};
MakeBundleResult sealAndWrite(QSqlDatabase db, const OutgoingBundle& bundle,
                              const std::vector<TeamMemberKey>& recipients, const QString& outPath,
                              ExistingFile existing, const QString& madeBy, const QDateTime& now);
// The recipients as one line, "Name (fingerprint), …", for a bundle's message.
QString recipientNames(const std::vector<TeamMemberKey>& recipients);

// A recipient named by their public-key file (`bundle make --to FILE`): the file must be valid
// and its keys trusted here (checked fingerprint) and not revoked. Bundles are never sealed to
// a key nobody has checked: a file swapped on the way would otherwise receive the cases.
struct RecipientLookup {
    std::optional<TeamMemberKey> key;
    QString problem;
    bool fileRefused = false; // the file itself is not a valid public-key file
};
RecipientLookup trustedRecipient(const QSqlDatabase& db, const QByteArray& publicKeyFile);

} // namespace alongside::core
