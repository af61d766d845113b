#pragma once

#include "bundles/BundleManifest.h"
#include "codecs/CaseFileProblem.h"
#include "model/TeamMemberKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace alongside::core {

// Opening a bundle, written once for File → Open a bundle… and `alongside-cli bundle open`.

// Why a bundle was not opened. Every refusal has its own plain message and writes nothing.
enum class BundleRefusal {
    None,
    NotABundle,
    NewerFormat,
    Truncated,
    Tampered,
    NotForThisStore,
    Forwarded,       // signed for other recipients
    FromThisStore,   // made here: there is nothing to bring in
    UnknownSender,   // signed by keys not trusted here
    RevokedSender,   // signed by keys revoked here
    AlreadyOpened,   // "already imported"
    NotYetSupported, // a kind this version cannot open yet (return, handover, aggregate)
    CasesRefused,    // the cases themselves cannot be imported (problems listed)
    StoreRefused,
};

struct BundleOpening {
    BundleRefusal refusal = BundleRefusal::None;
    QString message;           // one plain sentence for the person
    QString detail;            // technical, for --verbose; never a secret
    BundleManifest manifest;   // filled once the bundle could be read
    TeamMemberKey sender;      // filled once the sender is known here
    QStringList cases;         // a cases bundle: the references it carries, in order
    CaseFileProblems problems; // CasesRefused: why, each at its place in the case file
    QStringList imported;      // openBundle: what was written
    bool ok() const { return refusal == BundleRefusal::None; }
};

// Every check, and nothing written: what to show before the person confirms (who sent it, when,
// which cases), or why it cannot be opened.
BundleOpening inspectBundle(const QSqlDatabase& db, const QByteArray& bytes);

// Every check, then the bundle's contents and the record that it was opened, in one transaction:
// all of it or none of it, even if the process is killed part way. A cases bundle imports its
// cases as `import` does (all or nothing; a reference already in the store refuses the bundle).
BundleOpening openBundle(QSqlDatabase db, const QByteArray& bytes, const QString& openedBy,
                         const QDateTime& now);

} // namespace alongside::core
