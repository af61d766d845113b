#include "common/PassphraseFeedback.h"

#include "rules/PassphrasePolicy.h"
#include "storage/keys/SecretBytes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace alongside::ui {

namespace {

// The bar runs from nothing to 10^16 guesses; the policy's threshold (10^10) sits at 62%.
constexpr double kFullBarGuessesLog10 = 16.0;

} // namespace

PassphraseFeedback::PassphraseFeedback(QLineEdit* passphrase, QLineEdit* confirmation, QWidget* parent)
    : QWidget(parent),
      m_passphrase(passphrase),
      m_confirmation(confirmation),
      m_strengthBar(new QProgressBar(this)),
      m_strength(new QLabel(this)),
      m_verdict(new QLabel(this)),
      m_match(new QLabel(this))
{
    // Expanding, so a form gives the sentences the field's full width instead of a narrow strip.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* strengthRow = new QHBoxLayout;
    strengthRow->setSpacing(8);
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false); // the level is said in words beside it
    m_strengthBar->setFixedHeight(8);
    m_strengthBar->setMaximumWidth(160);
    m_strengthBar->setObjectName(QStringLiteral("passphraseStrengthBar"));
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setTextFormat(Qt::PlainText);
    m_strength->setWordWrap(true); // the change dialog's column is narrow
    strengthRow->addWidget(m_strengthBar);
    strengthRow->addWidget(m_strength, 1);
    layout->addLayout(strengthRow);
    for (QLabel* label : {m_verdict, m_match}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    m_verdict->setObjectName(QStringLiteral("passphraseVerdict"));
    m_match->setObjectName(QStringLiteral("passphraseMatch"));
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFeedback::reassess);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseFeedback::reassess);
    reassess();
}

void PassphraseFeedback::reset()
{
    m_passphrase->clear();
    m_confirmation->clear();
    reassess();
}

void PassphraseFeedback::reassess()
{
    // text() hands out copies of the secret; wipe ours as soon as they have been judged.
    QString passphrase = m_passphrase->text();
    QString confirmation = m_confirmation->text();
    const core::PassphraseVerdict verdict = core::assessPassphrase(passphrase);
    const core::PassphraseStrength strength = core::estimatePassphrase(passphrase);
    const bool matches = passphrase == confirmation;

    showStrength(strength);
    if (passphrase.isEmpty())
        m_verdict->setText(core::passphraseAdvice());
    else if (verdict.acceptable)
        m_verdict->setText(tr("That passphrase would be hard to guess."));
    else
        m_verdict->setText(verdict.reason);

    if (confirmation.isEmpty())
        m_match->setText(tr("Type it a second time to make sure."));
    else if (matches)
        m_match->setText(tr("The two passphrases match."));
    else
        m_match->setText(tr("The two passphrases are not the same yet."));

    const bool ready = verdict.acceptable && matches;
    core::wipe(passphrase);
    core::wipe(confirmation);
    if (ready != m_ready) {
        m_ready = ready;
        emit readinessChanged(ready);
    }
}

void PassphraseFeedback::showStrength(const core::PassphraseStrength& strength)
{
    using Level = core::PassphraseStrength::Level;
    const double share = std::clamp(strength.guessesLog10 / kFullBarGuessesLog10, 0.0, 1.0);
    m_strengthBar->setValue(strength.level == Level::Empty ? 0 : std::max(4, int(std::lround(share * 100))));
    QString words;
    switch (strength.level) {
    case Level::Empty:
        words = tr("Strength: nothing typed yet");
        break;
    case Level::VeryWeak:
        words = tr("Strength: very weak, guessed at once");
        break;
    case Level::Weak:
        words = tr("Strength: weak, not hard enough to guess yet");
        break;
    case Level::Good:
        words = tr("Strength: good, hard to guess");
        break;
    case Level::Strong:
        words = tr("Strength: strong");
        break;
    case Level::VeryStrong:
        words = tr("Strength: very strong");
        break;
    }
    m_strength->setText(words);
    m_strengthBar->setAccessibleDescription(words);
}

} // namespace alongside::ui
