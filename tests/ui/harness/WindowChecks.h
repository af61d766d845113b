#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace alongside::test {

// Alt+letter accelerators that clash in `window` as it shows now: two visible controls (buttons,
// labels for a field, group boxes, tabs, menu-bar titles) with the same underlined letter. Qt
// then only moves the focus between them and presses neither. One line per clash.
QStringList acceleratorClashes(QWidget* window);

// Ways `window` fails a 1366×768 laptop with a taskbar: larger than the room there, or a
// button out of sight (beyond the window's edge rather than inside something that scrolls).
QStringList laptopFitProblems(QWidget* window);

// Steps where Tab jumps back up the page within the same column, against reading order: the
// previous control and the next, named. (Moving up into the next column to the right is fine.)
QStringList tabOrderJumps(QWidget* window);

// Labels showing an "&" as written: meant as an accelerator, but with no field to move to.
QStringList literalAmpersands(QWidget* window);

// Visible controls a screen reader could not name: no accessible name and no text of their own.
QStringList unnamedControls(QWidget* window);

} // namespace alongside::test
