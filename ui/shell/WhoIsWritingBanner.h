#pragma once

#include <QFrame>

class QPushButton;

namespace alongside::ui {

// Asked at first run, and for as long as the store does not know: who is writing. Without a
// name every record and letter approval would say only "Practitioner". Calm, and one click
// away from the answer; it goes as soon as the practitioner has said who they are.
class WhoIsWritingBanner : public QFrame {
    Q_OBJECT

public:
    explicit WhoIsWritingBanner(QWidget* parent = nullptr);
    QPushButton* answerButton() const { return m_answer; }

signals:
    void answerRequested();

private:
    QPushButton* m_answer;
};

} // namespace alongside::ui
