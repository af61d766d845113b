#pragma once

#include <QFrame>

namespace alongside::ui {

// Says, wherever the demo store is on screen, that it is a demo and what its passphrase is.
// The passphrase is shown on purpose: it protects nothing real, and hiding it would tempt
// people to reuse a real one.
class DemoBanner : public QFrame {
    Q_OBJECT

public:
    explicit DemoBanner(const QString& passphrase, QWidget* parent = nullptr);
};

} // namespace alongside::ui
