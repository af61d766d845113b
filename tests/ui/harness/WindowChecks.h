#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace alongside::test {

// Alt+letter accelerators that clash in `window` as it shows now: two visible controls (buttons,
// labels for a field, group boxes, tabs, menu-bar titles) with the same underlined letter. Qt
// then only moves the focus between them and presses neither. One line per clash.
QStringList acceleratorClashes(QWidget* window);

// Menus whose items share an underlined letter: within one menu of the window's menu bar (or one
// sub-menu), two visible items with the same letter. Qt then only highlights them in turn.
QStringList menuAcceleratorClashes(QWidget* window);

// Labels showing an underlined letter that cannot do what it says: Alt+letter on a label moves
// the keyboard to its field (its buddy), so the field must be there, shown and able to take
// the keyboard (it may be unavailable for now). One line per label.
QStringList labelAcceleratorsGoingNowhere(QWidget* window);

// Presses each label's Alt+letter (where only that label has the letter) and names each label
// whose field did not get the keyboard. Moves the focus about; changes nothing else.
QStringList labelAcceleratorsMisdirected(QWidget* window);

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

// What a screen reader is given, as a11y-audit --strict reads it over AT-SPI: every control,
// list, table, tree and picture in the window's accessible tree, hidden ones included (a screen
// reader is handed those too), must have a name or a label pointing at it. A drop-down counts
// as named only by its own name or a label: Qt falls back to its current value otherwise.
QStringList unnamedForScreenReaders(QWidget* window);

} // namespace alongside::test
