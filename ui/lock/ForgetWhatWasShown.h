#pragma once

namespace alongside::ui {

// The last step of locking, once the workspace (every model, widget and cache of case data) and
// the store's connections are gone: what Qt and the platform may still hold of what was shown
// goes too, then core::releaseMemoryAfterLock() hands freed memory back and clears the stack.
//  - a tooltip (Qt keeps its label, with the last text, until it is deleted);
//  - the clipboard and the X11 selection, if this program filled them: a sentence copied from a
//    note must not be pasted after the screen was locked;
//  - the input method's idea of the text around the cursor;
//  - objects whose deletion was posted for later.
void forgetWhatWasShown();

} // namespace alongside::ui
