#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

// How a plan action ends, asked in place rather than in one click: "Done" (with how it went,
// if there is something to say) or "No longer needed" (with why, which the record requires).
// Neither is final until the second press, so a stray click changes nothing.
class ActionEnding : public QWidget {
    Q_OBJECT

public:
    enum class Ending { Done, NoLongerNeeded };

    // `what` names the action for screen readers.
    explicit ActionEnding(const QString& what, QWidget* parent = nullptr);

    QPushButton* doneButton() const { return m_done; }
    QPushButton* notNeededButton() const { return m_notNeeded; }
    QLineEdit* whyField() const { return m_why; }
    QPushButton* confirmButton() const { return m_confirm; }

signals:
    void ended(ActionEnding::Ending ending, const QString& why);

private:
    void ask(Ending ending);
    void confirm();
    void cancel();

    QString m_what;
    Ending m_ending = Ending::Done;
    QPushButton* m_done;
    QPushButton* m_notNeeded;
    QWidget* m_asking;
    QLabel* m_question;
    QLineEdit* m_why;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace alongside::ui
