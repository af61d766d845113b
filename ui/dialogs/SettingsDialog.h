#pragma once

#include <QDialog>

class QSpinBox;

namespace alongside::ui {

// File → Settings…: how long Alongside waits without use before it locks.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(int idleMinutes, QWidget* parent = nullptr);
    int idleMinutes() const;

private:
    QSpinBox* m_idleMinutes;
};

} // namespace alongside::ui
