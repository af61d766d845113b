#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace alongside::ui {

class AppSettings;

// File → Settings…: the practitioner's name (written into the case history as who made each
// change) and how long Alongside waits without use before it locks.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(int idleMinutes, const QString& practitionerName, QWidget* parent = nullptr);
    int idleMinutes() const;
    QString practitionerName() const;

    // Shows the dialog over `parent` and, if saved, writes the answers into `settings`.
    static bool edit(AppSettings& settings, QWidget* parent);

private:
    QLineEdit* m_name;
    QSpinBox* m_idleMinutes;
};

} // namespace alongside::ui
