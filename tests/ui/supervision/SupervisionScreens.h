#pragma once

#include <QString>

namespace alongside::ui {
class MainWindow;
}

namespace alongside::test {

// For ui_screenshot_driver, over the demo caseload:
//  supervision-view: View → Supervision after a supervision in which one case was talked
//    about and an action agreed that is now past its date;
//  supervision-note: the reflective note for that case, part-way through;
//  supervision-case: that case opened from its overdue action, at its Supervision part;
//  supervision-signoff: a manager's sign-off of a decision against someone's wishes, part-way.
void showSupervisionScreen(ui::MainWindow& window, const QString& screen);

} // namespace alongside::test
