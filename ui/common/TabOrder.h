#pragma once

#include <QList>

class QWidget;

namespace alongside::ui {

// Every control inside `container` that Tab can reach, in the order its layouts place them
// (top to bottom, and left to right within a row). Qt's own order is the order widgets were
// created, so lists rebuilt after each change (cards for outcomes, notes, actions) would
// otherwise be reached only after everything else on the page.
QList<QWidget*> tabStopsAsLaidOut(QWidget* container);

// Makes Tab visit `stops` in the order given.
void chainTabs(const QList<QWidget*>& stops);

// Puts the keyboard on the first control inside `area` that Tab would reach (in the focus
// chain, visible and enabled), so a form opens ready for typing rather than on its scroll
// area. Works before the window is shown: the focus lands there when it appears. False if
// `area` has no such control.
bool focusFirstTabStopIn(QWidget* area);

} // namespace alongside::ui
