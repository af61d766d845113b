#include "casefile/QuoteCapture.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

QuoteCapture::QuoteCapture(QWidget* parent)
    : QWidget(parent),
      m_editor(new QLineEdit(this)),
      m_keep(new QPushButton(tr("&Keep their words"), this)),
      m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("Remove quote"), this))
{
    setObjectName(QStringLiteral("quoteCapture"));
    m_editor->setObjectName(QStringLiteral("personsWordsEditor"));
    m_editor->setAccessibleName(tr("Their own words"));
    m_editor->setPlaceholderText(tr("Type what they said, exactly, then press Enter"));
    m_keep->setObjectName(QStringLiteral("keepPersonsWords"));
    m_keep->setAccessibleName(tr("Keep their words as a quote"));
    m_list->setObjectName(QStringLiteral("keptPersonsWords"));
    m_list->setAccessibleName(tr("Their words, kept so far"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_remove->setObjectName(QStringLiteral("removePersonsWords"));
    m_remove->setAccessibleName(tr("Remove the chosen quote"));

    auto* typing = new QHBoxLayout;
    typing->addWidget(m_editor, 1);
    typing->addWidget(m_keep);
    auto* keptRow = new QHBoxLayout;
    keptRow->addWidget(m_list, 1);
    keptRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(typing);
    layout->addLayout(keptRow);

    connect(m_editor, &QLineEdit::returnPressed, this, &QuoteCapture::keep);
    connect(m_keep, &QPushButton::clicked, this, &QuoteCapture::keep);
    connect(m_remove, &QPushButton::clicked, this, &QuoteCapture::removeChosen);
    connect(m_editor, &QLineEdit::textEdited, this, &QuoteCapture::edited);
    refreshList();
}

QString QuoteCapture::typing() const
{
    return m_editor->text().trimmed();
}

QStringList QuoteCapture::allWords() const
{
    QStringList words = m_kept;
    if (!typing().isEmpty())
        words << typing();
    return words;
}

void QuoteCapture::setWords(const QStringList& kept, const QString& typing)
{
    m_kept = kept;
    m_editor->setText(typing);
    refreshList();
}

void QuoteCapture::clear()
{
    setWords({}, {});
}

void QuoteCapture::keep()
{
    const QString words = typing();
    if (words.isEmpty())
        return;
    m_kept << words;
    m_editor->clear();
    refreshList();
    m_editor->setFocus(); // ready for the next thing they say
    emit edited();
}

void QuoteCapture::removeChosen()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_kept.size())
        return;
    m_kept.removeAt(row);
    refreshList();
    emit edited();
}

void QuoteCapture::refreshList()
{
    m_list->clear();
    for (const QString& words : m_kept)
        m_list->addItem(QStringLiteral("“%1”").arg(words));
    m_list->setVisible(!m_kept.isEmpty());
    m_remove->setVisible(!m_kept.isEmpty());
}

} // namespace alongside::ui
