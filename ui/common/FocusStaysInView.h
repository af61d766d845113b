#pragma once

#include <QObject>

class QWidget;

namespace alongside::ui {

// Whatever takes the keyboard is scrolled into view, everywhere in the app. Qt's scroll areas
// follow Tab, but not an Alt+letter that moves focus to a label's field, a click on a "go to"
// link, or focus set by code: the field then had the keyboard below the fold, typing into it
// unseen. One watcher on the application's focus changes, like WheelGuard, so forms added
// later behave too.
class FocusStaysInView : public QObject {
    Q_OBJECT

public:
    // Installs it on the running application, once however often it is called.
    static void installOnApplication();

private:
    explicit FocusStaysInView(QObject* parent);
    static void bringIntoView(QWidget* focused);
};

} // namespace alongside::ui
