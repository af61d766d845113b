#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace alongside::test {

using DialogDrive = std::function<void(QDialog*)>;

// Calls `open` (which shows modal dialogs with exec(), as a button or menu does) and hands each
// new modal dialog, in turn, to the next of `drives` while its exec() runs. Each drive must
// finish its dialog (accept, reject, or press its buttons). Returns how many were driven; a
// dialog still open after `timeoutMs` with no drive left is rejected, so no test hangs on one.
// Use CHECK, not REQUIRE, inside a drive: it runs inside Qt's event loop.
inline int whileDialogsOpen(const std::function<void()>& open, const std::vector<DialogDrive>& drives,
                            int timeoutMs = 5000)
{
    const QPointer<QWidget> start = QApplication::activeModalWidget();
    QPointer<QWidget> before = start;
    std::size_t next = 0;
    int waited = 0;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        waited += poll.interval();
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog != before && dialog->isVisible() && next < drives.size()) {
            before = dialog;
            waited = 0;
            drives[next++](dialog);
        } else if (waited > timeoutMs) {
            poll.stop();
            // Also a dialog a drive left open (its save refused, say): no test hangs on it.
            if (dialog && dialog != start)
                dialog->reject();
        }
    });
    poll.start();
    open();
    poll.stop();
    return static_cast<int>(next);
}

// The same for one dialog: true if one appeared and was driven.
inline bool whileDialogOpen(const std::function<void()>& open, const DialogDrive& drive, int timeoutMs = 5000)
{
    return whileDialogsOpen(open, {drive}, timeoutMs) == 1;
}

} // namespace alongside::test
