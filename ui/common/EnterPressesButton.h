#pragma once

#include <QObject>

namespace alongside::ui {

// Enter (or Return) on a focused push or tool button presses it, everywhere in the app. Qt
// does this only for buttons inside dialogs; in the main window Enter on a focused button did
// nothing, which keyboard users meet as a button that will not answer.
//
// One filter on the whole application, like WheelGuard, so buttons added later answer too.
class EnterPressesButton : public QObject {
    Q_OBJECT

public:
    // Installs it on the running application, once however often it is called.
    static void installOnApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EnterPressesButton(QObject* parent);
};

} // namespace alongside::ui
