#pragma once

#include <QString>

namespace alongside::ui {
class MainWindow;
}

namespace alongside::test {

// For ui_screenshot_driver: Win's easy-read letter from the demo, after the practitioner's
// contact details are set through the menu. "letter-editor": a sentence retyped with a hard
// word, the checker's suggestion beside it. "letter-print-preview": approved, in the preview.
void showLetterScreen(ui::MainWindow& window, const QString& screen);

} // namespace alongside::test
