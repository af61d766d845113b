#pragma once

#include "model/EasyReadLetter.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class LetterFileChooser;

// File → My contact details for letters…: the name, role, team and phone number printed in
// "who to contact" at the end of every easy-read letter, and an optional picture of the
// practitioner (people who find words hard recognise a face). Kept in the store by core's
// LetterRepository; this dialog only asks.
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
    QLabel* m_preview;
    QLabel* m_pictureProblem;
    QPushButton* m_choosePicture;
    QPushButton* m_removePicture;
};

} // namespace alongside::ui
