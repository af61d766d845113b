#pragma once

#include <QIcon>

namespace alongside::ui {

// The one mark Alongside uses for "worth a look": a small, soft amber dot. Never red, never a
// warning triangle; the words beside it carry the meaning, the dot only helps the eye find it.
QIcon softDotIcon();
QPixmap softDot(int diameter, qreal devicePixelRatio = 1.0);

} // namespace alongside::ui
