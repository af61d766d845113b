#pragma once

#include "model/PublicKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// What a bundle is for (docs/bundles.md, "Kinds").
enum class BundleKind {
    Cases,     // practitioner → team leader: whole cases
    Return,    // team leader → practitioner: supervision notes, agreed actions, sign-offs
    Handover,  // a case reallocated to another practitioner
    Aggregate, // for the Board: figures only, nothing that identifies anyone
};

QString bundleKindName(BundleKind kind); // "cases", "return", "handover", "aggregate"
std::optional<BundleKind> bundleKindNamed(const QString& name);

// The manifest: inside the encryption, signed by the sender, it says who made the bundle, for
// whom, and exactly which payload it carries.
struct BundleManifest {
    QString bundleId; // 32 lowercase hex characters, random
    BundleKind kind = BundleKind::Cases;
    QDateTime madeAt;    // written in UTC
    qint64 sequence = 0; // the sender store's own count of bundles made, from 1
    PublicKeys sender;
    std::vector<PublicKeys> recipients;
    QString payloadFormat; // "alongside-case" for a cases bundle
    int payloadVersion = 0;
    qint64 payloadSize = 0;
    QByteArray payloadHash; // BLAKE2b-256 of the payload, 32 bytes
};

// The manifest as the bytes that are signed and sealed: compact JSON, keys in a fixed order.
QByteArray manifestJson(const BundleManifest& manifest);

struct ManifestReading {
    BundleManifest manifest;
    QString problem; // for the log and --verbose: which field is wrong; empty when read
    bool ok() const { return problem.isEmpty(); }
};

// Reads a manifest strictly: every field present with the right type and form, nothing else.
ManifestReading readManifestJson(const QByteArray& json);

} // namespace alongside::core
