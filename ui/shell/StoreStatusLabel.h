#pragma once

#include <QLabel>

namespace alongside::ui {

class StoreSession;

// The status bar's note of which store this is and whether it is open: the file name, with
// the full path as a tooltip; the demo is always named as the demo.
class StoreStatusLabel : public QLabel {
    Q_OBJECT

public:
    explicit StoreStatusLabel(QWidget* parent = nullptr);
    void describe(const StoreSession& session);
};

} // namespace alongside::ui
