#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace alongside::ui {

// Live, plain-words feedback for choosing a passphrase: whether core's policy accepts it and
// whether the confirmation matches. Guidance, not alarms: nothing turns red while typing.
class PassphraseFeedback : public QWidget {
    Q_OBJECT

public:
    PassphraseFeedback(QLineEdit* passphrase, QLineEdit* confirmation, QWidget* parent = nullptr);

    // The policy accepts the passphrase and the confirmation matches it.
    bool isReady() const { return m_ready; }
    void reset();

signals:
    void readinessChanged(bool ready);

private:
    void reassess();

    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QLabel* m_verdict;
    QLabel* m_match;
    bool m_ready = false;
};

} // namespace alongside::ui
