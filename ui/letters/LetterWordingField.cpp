#include "letters/LetterWordingField.h"

#include "common/Card.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr int kPauseMs = 400; // as the letter editor: live, without flicker while typing
} // namespace

LetterWordingField::LetterWordingField(QWidget* parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_draftButton(new QPushButton(tr("Draft it for me"), this)),
      m_findings(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("letterWording"));
    m_edit->setPlaceholderText(tr("How the letter says it to them, using “you”"));
    m_draftButton->setObjectName(QStringLiteral("draftLetterWording"));
    m_draftButton->setToolTip(tr("A first draft from what you wrote, for you to read and change"));
    m_findings->setObjectName(QStringLiteral("letterWordingFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    makeQuiet(m_findings);
    m_findings->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_draftButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_findings);

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &LetterWordingField::checkNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_pause.start();
        emit wordingChanged();
    });
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        if (!m_draft)
            return;
        m_edit->setText(m_draft());
        checkNow();
        m_edit->setFocus(Qt::OtherFocusReason);
    });
}

void LetterWordingField::setReader(const core::PlainLanguageReader& reader)
{
    m_reader = reader;
}

void LetterWordingField::setDraft(std::function<QString()> draft)
{
    m_draft = std::move(draft);
}

QString LetterWordingField::wording() const
{
    return m_edit->text().simplified();
}

void LetterWordingField::setWording(const QString& wording)
{
    m_edit->setText(wording);
    checkNow();
}

void LetterWordingField::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
    m_draftButton->setAccessibleName(tr("Draft it for me: %1").arg(name));
}

void LetterWordingField::checkNow()
{
    m_pause.stop();
    QStringList lines;
    for (const core::PlainLanguageFinding& finding : core::checkPlainLanguage(m_edit->text(), m_reader))
        lines << (finding.suggestion.isEmpty() ? finding.reason
                                               : tr("%1 Try: %2").arg(finding.reason, finding.suggestion));
    m_findings->setText(lines.join(u'\n'));
    m_findings->setVisible(!lines.isEmpty());
    // Screen readers hear the same suggestions under the box.
    m_edit->setAccessibleDescription(lines.join(u'\n'));
}

} // namespace alongside::ui
