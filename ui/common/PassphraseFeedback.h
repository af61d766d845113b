#pragma once

#include "rules/PassphrasePolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace alongside::ui {

// Live, plain-words feedback for choosing a passphrase: a strength bar with its level in words
// (never colour alone), whether core's policy accepts it and whether the confirmation matches.
// Guidance, not alarms: nothing turns red while typing. Used by the create-store page and the
// change-passphrase dialog, so both show the same estimate the policy applies.
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
    void showStrength(const core::PassphraseStrength& strength);

    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QProgressBar* m_strengthBar;
    QLabel* m_strength;
    QLabel* m_verdict;
    QLabel* m_match;
    bool m_ready = false;
};

} // namespace alongside::ui
