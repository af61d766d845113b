#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace alongside::core::bundleformat {

// The bundle container (docs/bundles.md, "Container"). Every number here is part of the file
// format: changing one means a new version, and readers keep reading the old ones.
inline constexpr char kMagic[] = "ALONGSIDE-BUNDLE"; // 16 bytes in the file, no terminator
inline constexpr qsizetype kMagicBytes = 16;
inline constexpr quint16 kVersion = 1;
inline constexpr int kMaxRecipients = 64;

inline constexpr qsizetype kFileKeyBytes = 32;                              // secretstream key
inline constexpr qsizetype kSealOverheadBytes = 48;                         // crypto_box_SEALBYTES
inline constexpr qsizetype kSlotBytes = kSealOverheadBytes + kFileKeyBytes; // 80
inline constexpr qsizetype kStreamHeaderBytes = 24;                         // secretstream header
inline constexpr qsizetype kStreamOverheadBytes = 17;                       // secretstream ABYTES
inline constexpr qsizetype kFixedHeaderBytes = kMagicBytes + 2 + 2;         // magic, version, slot count
inline constexpr qsizetype kLengthBytes = 4;                                // before each stream message

inline constexpr qsizetype kChunkBytes = 64 * 1024;         // payload plaintext per message, at most
inline constexpr qsizetype kMaxManifestBytes = 1024 * 1024; // manifest plaintext, at most
inline constexpr qsizetype kSignatureBytes = 64;            // Ed25519
// A whole bundle is read into memory; this keeps a hostile file from asking for more.
inline constexpr qsizetype kMaxBundleBytes = qsizetype(512) * 1024 * 1024;

// Signed with the manifest, so a manifest signature can never be mistaken for any other
// signature made with the same key (a public-key file's, say).
inline constexpr char kSignatureDomain[] = "alongside-bundle-manifest-v1";

inline qsizetype headerBytes(int recipients)
{
    return kFixedHeaderBytes + recipients * kSlotBytes + kStreamHeaderBytes;
}

} // namespace alongside::core::bundleformat
