#pragma once

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QListWidget;
class QPushButton;
class QRadioButton;

namespace alongside::ui {

class FileChooser;
class GentleNote;

// File → Send cases to my team leader…: choose who (colleagues whose keys this store trusts)
// and which cases, then where to save the bundle. Made by core's makeCasesBundle, as
// `alongside-cli bundle make` does; the result is said in the dialog, which then offers Close.
class SendCasesDialog : public QDialog {
    Q_OBJECT

public:
    SendCasesDialog(QSqlDatabase db, std::shared_ptr<FileChooser> chooser,
                    std::function<QString()> practitioner, std::function<QDateTime()> now,
                    QWidget* parent = nullptr);

    QListWidget* recipients() const { return m_recipients; }
    QRadioButton* allCasesChoice() const { return m_all; }
    QRadioButton* chosenCasesChoice() const { return m_chosen; }
    QListWidget* cases() const { return m_cases; }
    QPushButton* saveButton() const { return m_save; }
    const GentleNote* note() const { return m_note; }

    void saveBundle();

signals:
    // No colleague is trusted yet: the person asked to go to Team members and keys.
    void teamKeysRequested();

private:
    void updateSave();

    QSqlDatabase m_db;
    std::shared_ptr<FileChooser> m_chooser;
    std::function<QString()> m_practitioner;
    std::function<QDateTime()> m_now;
    QListWidget* m_recipients;
    QRadioButton* m_all;
    QRadioButton* m_chosen;
    QListWidget* m_cases;
    QPushButton* m_save;
    QPushButton* m_close;
    GentleNote* m_note;
};

} // namespace alongside::ui
