#pragma once

#include <QStringList>
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
    // How the plan's draft keeps an ending half asked (common/DraftFields.h): which ending, then
    // the words typed so far, so after a lock the same question is open again with them. Empty
    // while nothing is typed.
    Q_PROPERTY(QStringList draft READ draft WRITE setDraft NOTIFY draftChanged USER true)

public:
    enum class Ending { Done, NoLongerNeeded };

    // `actionId` names it for drafts ("actionEnding-12"); `what` names the action for screen
    // readers.
    ActionEnding(qint64 actionId, const QString& what, QWidget* parent = nullptr);

    QPushButton* doneButton() const { return m_done; }
    QPushButton* notNeededButton() const { return m_notNeeded; }
    QLineEdit* whyField() const { return m_why; }
    QPushButton* confirmButton() const { return m_confirm; }
    bool isAsking() const { return !m_asking->isHidden(); }

    QStringList draft() const;
    void setDraft(const QStringList& kept);

signals:
    void ended(ActionEnding::Ending ending, const QString& why);
    void draftChanged();

private:
    void ask(Ending ending, bool takeKeyboard = true);
    // Words of the question, the field and the button for `ending`.
    void phrase(Ending ending);
    void confirm();
    void putAway();
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
