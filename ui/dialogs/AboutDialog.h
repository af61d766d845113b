#pragma once

#include <QDialog>

namespace alongside::ui {

// Help → About Alongside: what it is, which version, and the licences of what it is built on.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace alongside::ui
