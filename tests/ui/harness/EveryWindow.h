#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace alongside::test {

// Every window and dialog of Alongside, opened one at a time as a person opens them (menus,
// buttons, the real dialogs' exec()), over a real store holding the case stories. `visit` is
// called with a plain name ("case view: Doris, every form open", "dialog: New case") and the
// top-level window while it is showing. Tests check something of every window through it, and
// ui_screenshot_driver shows any one of them by name (for a11y-audit), so a window listed here
// once is covered by both.
//
// Returns what went wrong on the way (a button missing, a dialog that did not open), one line
// each; empty when every window was visited. Uses no test macros, so it also runs outside a
// test (visit may run inside a dialog's exec()).
using WindowVisit = std::function<void(const QString& name, QWidget* window)>;
QStringList visitEveryWindow(const WindowVisit& visit);

} // namespace alongside::test
