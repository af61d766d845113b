#pragma once

#include "model/EasyReadLetter.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class LetterFileChooser;

// File → About you (who is writing), also reached from Settings and offered at first run: the
// practitioner's name, role, team, work phone and email, and an optional picture (people who
// find words hard recognise a face). The history, sign-offs and letters all read them. Kept in
// the store by core's PractitionerRepository; this dialog only asks.
class ContactDetailsDialog : public QDialog {
    Q_OBJECT

public:
    ContactDetailsDialog(const core::PractitionerContact& contact, std::shared_ptr<LetterFileChooser> chooser,
                         QWidget* parent = nullptr);

    core::PractitionerContact contact() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* roleField() const { return m_role; }
    QLineEdit* teamField() const { return m_team; }
    QLineEdit* phoneField() const { return m_phone; }
    QLineEdit* emailField() const { return m_email; }
    QPushButton* choosePictureButton() const { return m_choosePicture; }

private:
    void choosePicture();
    void showPicture();

    std::shared_ptr<LetterFileChooser> m_chooser;
    QByteArray m_picture;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_team;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_preview;
    QLabel* m_pictureProblem;
    QPushButton* m_choosePicture;
    QPushButton* m_removePicture;
};

} // namespace alongside::ui
