#pragma once

#include <QObject>

namespace alongside::ui {

// Drop-downs, spin boxes, sliders and date or time fields ignore the mouse wheel until the
// person has clicked or tabbed into them. A practitioner scrolling down a long case passes the
// pointer over dozens of these, and one tick used to change an answer (an s.42 question, the
// SAC "Were they asked?") and save it. Until the control has the focus, the wheel scrolls the
// page around it instead.
//
// One filter on the whole application, so every control anyone adds later is guarded too:
// nothing to remember per widget.
class WheelGuard : public QObject {
    Q_OBJECT

public:
    // Installs the guard on the running application, once however often it is called.
    static void installOnApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

} // namespace alongside::ui
