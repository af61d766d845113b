#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QSpinBox;

namespace alongside::ui {

class AppSettings;

// File → Settings…: who is writing (kept in the store, changed through "About you…" while it
// is unlocked) and how long Alongside waits without use before it locks.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `whoIsWriting` says who the store says is writing; `changeWho` asks again and says who
    // it is now (absent while the store is locked).
    using ChangeWho = std::function<QString()>;
    SettingsDialog(int idleMinutes, const QString& whoIsWriting, ChangeWho changeWho,
                   QWidget* parent = nullptr);
    int idleMinutes() const;

    // Shows the dialog over `parent` and, if saved, writes the answers into `settings`.
    static bool edit(AppSettings& settings, const QString& whoIsWriting, ChangeWho changeWho,
                     QWidget* parent);

private:
    QLabel* m_who;
    QSpinBox* m_idleMinutes;
};

} // namespace alongside::ui
