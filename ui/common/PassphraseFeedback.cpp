#include "common/PassphraseFeedback.h"

#include "rules/PassphrasePolicy.h"
#include "storage/keys/SecretBytes.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace alongside::ui {

PassphraseFeedback::PassphraseFeedback(QLineEdit* passphrase, QLineEdit* confirmation, QWidget* parent)
    : QWidget(parent),
      m_passphrase(passphrase),
      m_confirmation(confirmation),
      m_verdict(new QLabel(this)),
      m_match(new QLabel(this))
{
    // Expanding, so a form gives the sentences the field's full width instead of a narrow strip.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
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
    const bool matches = passphrase == confirmation;

    if (passphrase.isEmpty())
        m_verdict->setText(tr("Use at least 12 characters, or three or more words. "
                              "Three random words work well, for example ‘kettle orchard lantern’."));
    else if (verdict.acceptable)
        m_verdict->setText(tr("That passphrase is long enough to be hard to guess."));
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

} // namespace alongside::ui
