#include "letters/LetterReviewBar.h"

#include "common/GentleNote.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

LetterReviewBar::LetterReviewBar(QWidget* parent)
    : QWidget(parent),
      m_progress(new QLabel(this)),
      m_readAll(new QCheckBox(tr("I have read &every sentence"), this)),
      m_status(new GentleNote(this)),
      m_saveDraft(new QPushButton(tr("&Save for later"), this)),
      m_approve(new QPushButton(tr("&Approve the letter"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_html(new QPushButton(tr("Save for screen &readers…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("letterReviewBar"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_readAll->setObjectName(QStringLiteral("readEverySentence"));
    m_readAll->setAccessibleName(tr("I have read every sentence"));
    m_status->setObjectName(QStringLiteral("letterStatus"));
    m_saveDraft->setObjectName(QStringLiteral("saveLetterDraft"));
    m_saveDraft->setAccessibleName(tr("Save the letter for later"));
    m_approve->setObjectName(QStringLiteral("approveLetter"));
    m_approve->setAccessibleName(tr("Approve the letter"));
    m_print->setObjectName(QStringLiteral("printLetter"));
    m_print->setAccessibleName(tr("Print the letter"));
    m_pdf->setObjectName(QStringLiteral("saveLetterPdf"));
    m_pdf->setAccessibleName(tr("Save the letter as a PDF"));
    m_html->setObjectName(QStringLiteral("saveLetterHtml"));
    m_html->setAccessibleName(tr("Save the letter as a web page for screen readers"));
    m_close->setObjectName(QStringLiteral("closeLetter"));
    m_close->setAccessibleName(tr("Close the letter"));

    auto* reading = new QHBoxLayout;
    reading->addWidget(m_progress);
    reading->addSpacing(16);
    reading->addWidget(m_readAll);
    reading->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_approve);
    buttons->addSpacing(16);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_html);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(reading);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

} // namespace alongside::ui
