#pragma once

#include "storage/keys/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class FileChooser;
class PassphraseFeedback;

// Choosing where a new store lives and the passphrase that will protect it.
class CreateStorePage : public QWidget {
    Q_OBJECT

public:
    CreateStorePage(FileChooser& fileChooser, QWidget* parent = nullptr);

    // Resets the form for a fresh start at the suggested location.
    void begin(const QString& suggestedLocation);
    QString location() const;
    // The passphrase in guarded memory; both fields are cleared.
    core::SecretBytes takePassphrase();

    void setBusy(bool busy);
    void showProblem(const QString& message);

signals:
    void createRequested();
    void backRequested();

private:
    void chooseLocation();
    void updateCreateButton();

    FileChooser& m_fileChooser;
    QLineEdit* m_location;
    QPushButton* m_changeLocation;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    PassphraseFeedback* m_feedback;
    QLabel* m_status;
    QPushButton* m_back;
    QPushButton* m_create;
    bool m_busy = false;
};

} // namespace alongside::ui
