#pragma once

#include <QString>

namespace alongside::core {

// Why a store could not be opened, created or changed. Each kind has one plain-English
// message for practitioners; the CLI maps kinds to exit codes (docs/cli.md).
enum class StoreErrorKind {
    None,
    NotFound,        // no file at that path
    AlreadyExists,   // refusing to overwrite on create
    WrongPassphrase, // no known key-derivation set opens page 1
    Damaged,         // the key is right (or the size is impossible) but pages fail to read
    NotAStore,       // readable, but not an Alongside store (plain SQLite, another app's file)
    NewerSchema,     // made by a newer Alongside; opening it would risk it
    InUse,           // another Alongside process has it open
    WeakPassphrase,  // rejected by the passphrase policy
    NotSqlCipher,    // linked against a library that cannot encrypt
    Io,              // the operating system refused (permissions, disk full)
};

struct StoreError {
    StoreErrorKind kind = StoreErrorKind::None;
    QString message; // one line, for the person at the keyboard
    QString detail;  // technical detail for logs and `--verbose`; never contains secrets

    bool isError() const { return kind != StoreErrorKind::None; }
    explicit operator bool() const { return isError(); }

    static StoreError none() { return {}; }
    static StoreError make(StoreErrorKind kind, const QString& detail = {});
};

// The practitioner-facing sentence for each kind (translatable).
QString describe(StoreErrorKind kind);

} // namespace alongside::core
