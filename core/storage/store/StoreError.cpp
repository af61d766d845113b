#include "storage/store/StoreError.h"

#include <QCoreApplication>

namespace alongside::core {

StoreError StoreError::make(StoreErrorKind kind, const QString& detail)
{
    return StoreError{kind, describe(kind), detail};
}

QString describe(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::None:
        return {};
    case StoreErrorKind::NotFound:
        return QCoreApplication::translate("StoreError", "There is no store at that location.");
    case StoreErrorKind::AlreadyExists:
        return QCoreApplication::translate(
            "StoreError", "A file already exists there. Choose another name so nothing is overwritten.");
    case StoreErrorKind::WrongPassphrase:
        return QCoreApplication::translate(
            "StoreError", "That passphrase does not open this store. Check it and try again.");
    case StoreErrorKind::Damaged:
        return QCoreApplication::translate(
            "StoreError",
            "This store is damaged and cannot be read safely. Nothing has been changed. "
            "Ask IT to restore it from a backup.");
    case StoreErrorKind::NotAStore:
        return QCoreApplication::translate("StoreError", "This file is not an Alongside store.");
    case StoreErrorKind::NewerSchema:
        return QCoreApplication::translate(
            "StoreError",
            "This store was made by a newer version of Alongside. Update Alongside to open it.");
    case StoreErrorKind::InUse:
        return QCoreApplication::translate(
            "StoreError", "This store is already open in another Alongside window. Close that one first.");
    case StoreErrorKind::WeakPassphrase:
        return QCoreApplication::translate("StoreError", "That passphrase is too easy to guess.");
    case StoreErrorKind::NotSqlCipher:
        return QCoreApplication::translate(
            "StoreError", "This copy of Alongside was built without encryption and will not open stores.");
    case StoreErrorKind::Io:
        return QCoreApplication::translate(
            "StoreError", "The computer would not let Alongside read or write the store file.");
    }
    return {};
}

} // namespace alongside::core
