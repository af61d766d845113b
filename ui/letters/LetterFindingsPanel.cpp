#include "letters/LetterFindingsPanel.h"

#include "common/Card.h"
#include "common/HeadingLabel.h"
#include "letters/SentenceEdit.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace alongside::ui {

LetterFindingsPanel::LetterFindingsPanel(QWidget* parent)
    : QWidget(parent), m_nothing(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("letterFindingsPanel"));
    auto* heading = new HeadingLabel(tr("Easier words"), HeadingLabel::Level::Section, this);
    auto* intro = new QLabel(tr("Ideas from the easy-read rules, as you type. They are suggestions: "
                                "you decide. Only a sentence written for colleagues must be rewritten "
                                "before you approve the letter."),
                             this);
    intro->setWordWrap(true);
    makeQuiet(intro);
    m_nothing->setObjectName(QStringLiteral("noFindings"));
    m_nothing->setWordWrap(true);
    m_nothing->setText(tr("Nothing to suggest at the moment."));
    m_list->setObjectName(QStringLiteral("letterFindings"));
    m_list->setAccessibleName(tr("Suggestions for easier words"));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_nothing);
    layout->addWidget(m_list, 1);

    // Enter or a click on a suggestion goes to the words it is about.
    auto goToWords = [](QListWidgetItem* item) {
        auto* sentence = item->data(SentenceRole).value<QPointer<QObject>>().data();
        if (auto* edit = qobject_cast<SentenceEdit*>(sentence))
            edit->selectRange(item->data(StartRole).toInt(), item->data(LengthRole).toInt());
    };
    connect(m_list, &QListWidget::itemActivated, this, goToWords);
    connect(m_list, &QListWidget::itemClicked, this, goToWords);
}

void LetterFindingsPanel::showFindings(const std::vector<SentenceEdit*>& sentences)
{
    const int keepRow = m_list->currentRow();
    m_list->clear();
    for (SentenceEdit* sentence : sentences) {
        const QString text = sentence->toPlainText();
        for (const core::PlainLanguageFinding& finding : sentence->findings()) {
            const QString words = text.mid(finding.start, finding.length).simplified();
            // The words themselves first, unless the reason already quotes them.
            const QString quoted = words.size() > 70 ? words.left(67) + QStringLiteral("…") : words;
            QString line = finding.reason.contains(words) ? finding.reason
                                                          : tr("“%1”\n%2").arg(quoted, finding.reason);
            if (!finding.suggestion.isEmpty())
                line += u'\n' + tr("Try: %1").arg(finding.suggestion);
            auto* item = new QListWidgetItem(line, m_list);
            item->setData(SentenceRole, QVariant::fromValue(QPointer<QObject>(sentence)));
            item->setData(StartRole, finding.start);
            item->setData(LengthRole, finding.length);
            item->setData(RuleIdRole, finding.ruleId);
            item->setToolTip(finding.rule);
        }
    }
    if (keepRow >= 0 && keepRow < m_list->count())
        m_list->setCurrentRow(keepRow);
    m_nothing->setVisible(m_list->count() == 0);
}

} // namespace alongside::ui
