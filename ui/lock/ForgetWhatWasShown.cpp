#include "lock/ForgetWhatWasShown.h"

#include "storage/store/FreedMemory.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethod>
#include <QToolTip>

namespace alongside::ui {

namespace {

// Where the clipboard lives inside this process (the offscreen and minimal platforms), it is
// ours whatever the platform says about ownership.
bool clipboardIsOurs(const QClipboard& clipboard, QClipboard::Mode mode)
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return true;
    return mode == QClipboard::Clipboard ? clipboard.ownsClipboard() : clipboard.ownsSelection();
}

} // namespace

void forgetWhatWasShown()
{
    QToolTip::hideText(); // hides and deletes Qt's tooltip label, with its text
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
            if ((mode == QClipboard::Clipboard || clipboard->supportsSelection())
                && clipboardIsOurs(*clipboard, mode))
                clipboard->clear(mode);
        }
    }
    QGuiApplication::inputMethod()->reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    core::releaseMemoryAfterLock();
}

} // namespace alongside::ui
