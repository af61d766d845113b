#pragma once

#include "model/LetterDelivery.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace alongside::ui {

class GentleNote;

// Safe to send, asked before the letter is approved: how will it reach them (post to their
// home, post to another address, give it in person), and does anyone named in it, or the
// person who may have caused harm, live there or may read it? The letter may name the person
// who harmed them and be posted to the home they share. Nothing is chosen for the
// practitioner; what follows from the answer is said plainly (posted where others may read it,
// only a short letter goes, and the full one is given in person).
class SafeToSendPanel : public QWidget {
    Q_OBJECT

public:
    explicit SafeToSendPanel(QWidget* parent = nullptr);

    // Shows a recorded answer (or none), without emitting answered().
    void showAnswer(const std::optional<core::LetterDelivery>& delivery, const QString& recipientName,
                    const QString& address);
    // The answer as it stands on screen; empty while the route is not chosen.
    std::optional<core::LetterDelivery> delivery() const;

    QComboBox* route() const { return m_route; }
    QComboBox* othersMayRead() const { return m_othersMayRead; }
    QLineEdit* note() const { return m_note; }
    GentleNote* consequence() const { return m_consequence; }

signals:
    void answered(const core::LetterDelivery& delivery);

private:
    void changed();
    void explain();

    QLabel* m_question;
    QComboBox* m_route;
    QLabel* m_readersQuestion;
    QComboBox* m_othersMayRead;
    QLineEdit* m_note;
    GentleNote* m_consequence;
    QString m_recipient;
};

} // namespace alongside::ui
