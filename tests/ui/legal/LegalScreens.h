#pragma once

#include <QString>

namespace alongside::ui {
class CaseView;
}

namespace alongside::test {

// For ui_screenshot_driver: fills the capacity, advocacy or risk enablement part of an open
// case with synthetic answers, as a practitioner part-way through would have it, and scrolls
// there. `screen` is case-legal-capacity | case-legal-advocacy | case-legal-risk.
void showLegalScreen(ui::CaseView& view, const QString& screen);

} // namespace alongside::test
