#include "common/ModalOnHeap.h"

#include <QPointer>

namespace alongside::ui {

std::optional<bool> acceptedModal(QDialog* dialog)
{
    const QPointer<QDialog> watched(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!watched)
        return std::nullopt;
    delete dialog;
    return accepted;
}

} // namespace alongside::ui
