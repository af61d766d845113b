#include "storage/store/PassphraseChange.h"

#include "storage/keys/KeyDerivation.h"
#include "storage/store/KeyProbe.h"
#include "storage/store/Store.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreRekey.h"

#include "rules/PassphrasePolicy.h"

#include <QCoreApplication>

#include <stdexcept>

namespace alongside::core {

PassphraseChange::PassphraseChange(const Store& store)
    : m_path(store.path()), m_options(store.options()), m_writesAtStart(store.rowsWritten())
{}

PassphraseChange::~PassphraseChange()
{
    if (m_copyWritten)
        removeWithCompanions(rekeyScratchPath(m_path));
}

StoreError PassphraseChange::prepare(SecretBytes current, SecretBytes next, const Progress& progress)
{
    const auto report = [&progress](Step step) {
        if (progress)
            progress(step);
    };
    QString text = QString::fromUtf8(next.chars(), static_cast<qsizetype>(next.size()));
    const PassphraseVerdict verdict = assessPassphrase(text);
    wipe(text);
    if (!verdict.acceptable)
        return StoreError{StoreErrorKind::WeakPassphrase, verdict.reason, {}};

    try {
        // Prove the current passphrase: derive its key from the file's salt and read page 1 on
        // a short-lived connection (WAL lets it read beside the store's own).
        report(Step::CheckingCurrent);
        const StoreFileProbe probe = probeStoreFile(m_path);
        SecretBytes currentSpec;
        for (const KdfParameters& parameters : m_options.kdfSchedule.newestFirst()) {
            SecretBytes spec = rawKeySpec(deriveStoreKey(current, probe.salt, parameters), probe.salt);
            if (probeKey(m_path, spec) == KeyProbe::Opens) {
                currentSpec = std::move(spec);
                break;
            }
        }
        current.clear();
        if (currentSpec.isEmpty())
            return StoreError::make(StoreErrorKind::WrongPassphrase);

        report(Step::MakingNewKey);
        const StoreSalt salt = randomStoreSalt();
        const KdfParameters& newest = m_options.kdfSchedule.newest();
        m_newKeySpec = rawKeySpec(deriveStoreKey(next, salt, newest), salt);
        m_newKdfVersion = newest.version;
        next.clear();

        report(Step::WritingCopy);
        const StoreError failure = writeRekeyedCopy(m_path, currentSpec, rekeyScratchPath(m_path),
                                                    m_newKeySpec);
        m_copyWritten = !failure;
        return failure;
    } catch (const std::exception& problem) {
        return StoreError::make(StoreErrorKind::Io, QString::fromUtf8(problem.what()));
    }
}

StoreError PassphraseChange::finish(Store& store)
{
    if (!m_copyWritten)
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("no copy was written"));
    // From here the copy is either swapped in or removed, now.
    m_copyWritten = false;
    const QString scratch = rekeyScratchPath(m_path);
    if (!store.isOpen() || store.path() != m_path || store.rowsWritten() != m_writesAtStart)
        removeWithCompanions(scratch);
    if (!store.isOpen() || store.path() != m_path) {
        return {StoreErrorKind::Io,
                QCoreApplication::translate("StoreError",
                                            "The passphrase was not changed: Alongside locked while the "
                                            "copy was being made. Unlock and try again."),
                QStringLiteral("the store closed during the change")};
    }
    if (store.rowsWritten() != m_writesAtStart) {
        // The copy was taken before that write: swapping it in would lose it.
        return {StoreErrorKind::Io,
                QCoreApplication::translate("StoreError",
                                            "The passphrase was not changed: something was saved while the "
                                            "copy was being made. Try again."),
                QStringLiteral("rows written during the change")};
    }
    const StoreError failure = store.swapInCopy(scratch, m_newKeySpec, m_newKdfVersion);
    m_newKeySpec.clear();
    return failure;
}

} // namespace alongside::core
