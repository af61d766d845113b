#include "capacity/EvidencePrompt.h"

#include "common/Card.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace alongside::ui {

EvidencePrompt::EvidencePrompt(const QString& question, const QString& citation, const QString& placeholder,
                               Answer answer, QWidget* parent)
    : QWidget(parent), m_question(new QLabel(question, this)), m_evidence(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("evidencePrompt"));
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    top->addWidget(m_question, 1);
    if (!citation.isEmpty()) {
        auto* law = new QLabel(citation, this);
        law->setObjectName(QStringLiteral("promptCitation"));
        law->setTextFormat(Qt::PlainText);
        makeQuiet(law);
        top->addWidget(law, 0, Qt::AlignTop);
    }
    layout->addLayout(top);

    if (answer == Answer::CouldThey) {
        m_answer = new QComboBox(this);
        m_answer->setObjectName(QStringLiteral("promptAnswer"));
        m_answer->addItem(tr("Not yet known"), static_cast<int>(core::YesNoUnknown::NotKnown));
        m_answer->addItem(tr("Yes, they could (with help if needed)"),
                          static_cast<int>(core::YesNoUnknown::No));
        m_answer->addItem(tr("No, not even with help"), static_cast<int>(core::YesNoUnknown::Yes));
        m_answer->setAccessibleName(question);
        auto* row = new QHBoxLayout;
        row->addWidget(m_answer);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_answer, &QComboBox::currentIndexChanged, this, &EvidencePrompt::edited);
    }
    m_evidence->setObjectName(QStringLiteral("promptEvidence"));
    m_evidence->setAccessibleName(tr("%1 — evidence").arg(question));
    m_evidence->setPlaceholderText(placeholder);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setFixedHeight(m_evidence->fontMetrics().height() * 3 + 14);
    layout->addWidget(m_evidence);
    m_question->setBuddy(m_answer ? static_cast<QWidget*>(m_answer) : m_evidence);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &EvidencePrompt::edited);
}

QString EvidencePrompt::evidence() const
{
    return m_evidence->toPlainText().trimmed();
}

void EvidencePrompt::setEvidence(const QString& text)
{
    m_evidence->setPlainText(text);
}

core::YesNoUnknown EvidencePrompt::unable() const
{
    return m_answer ? static_cast<core::YesNoUnknown>(m_answer->currentData().toInt())
                    : core::YesNoUnknown::NotKnown;
}

void EvidencePrompt::setUnable(core::YesNoUnknown unable)
{
    if (m_answer)
        m_answer->setCurrentIndex(qMax(0, m_answer->findData(static_cast<int>(unable))));
}

void EvidencePrompt::clear()
{
    m_evidence->clear();
    if (m_answer)
        m_answer->setCurrentIndex(0);
}

} // namespace alongside::ui
