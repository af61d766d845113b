#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/StoreError.h"
#include "storage/store/StoreOptions.h"

#include <QString>

#include <functional>

namespace alongside::core {

class Store;

// Changing the passphrase of an open store in three steps, so that the slow part (two Argon2id
// derivations and a copy of the whole store) can run off the UI thread:
//   the constructor  on the store's thread, fast: notes the store and how much its connection
//                    has written so far;
//   prepare()        any thread, slow: applies the passphrase policy to the new passphrase,
//                    proves the current one from the file's salt, derives the new key under a
//                    fresh salt and writes a complete copy of the store under it, through a
//                    connection of its own opened with the proven key. Writes only the copy;
//   finish()         on the store's thread, fast: if the store's connection has written nothing
//                    since the constructor, closes the store, renames the copy over it and
//                    reopens it under the new key. Otherwise the copy (which would lose what was
//                    written) is thrown away and nothing changes.
// A crash at any moment leaves a store that opens with one of the two passphrases; a copy left
// behind is removed at the next open.
class PassphraseChange {
public:
    enum class Step { CheckingCurrent, MakingNewKey, WritingCopy };
    using Progress = std::function<void(Step)>;

    explicit PassphraseChange(const Store& store);
    ~PassphraseChange(); // removes a copy that was never swapped in
    PassphraseChange(const PassphraseChange&) = delete;
    PassphraseChange& operator=(const PassphraseChange&) = delete;

    StoreError prepare(SecretBytes current, SecretBytes next, const Progress& progress = {});
    StoreError finish(Store& store);

private:
    QString m_path;
    StoreOptions m_options;
    qint64 m_writesAtStart = 0;
    SecretBytes m_newKeySpec;
    int m_newKdfVersion = 0;
    bool m_copyWritten = false;
};

} // namespace alongside::core
