#include "common/DraftNotice.h"

#include "common/DisplayFormats.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace alongside::ui {

DraftNotice::DraftNotice(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_discard(new QPushButton(tr("Discard the draft"), this))
{
    setObjectName(QStringLiteral("draftNotice"));
    // Pale and quiet: news that nothing was lost, not a warning.
    setStyleSheet(QStringLiteral("#draftNotice { background: #eef4f9; border: 1px solid #bfd0e0; "
                                 "border-radius: 5px; } #draftNotice QLabel { color: #16283a; }"));
    m_text->setObjectName(QStringLiteral("draftNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // No accelerator: several parts can show a draft at once, and one Alt key for all of them
    // would only move the focus among them. It is in the Tab order beside the words.
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_discard->setAccessibleName(tr("Discard the draft and start again"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_discard, 0, Qt::AlignVCenter);
    connect(m_discard, &QPushButton::clicked, this, &DraftNotice::discardRequested);
    hide();
}

void DraftNotice::showCarriedOn(const QDateTime& keptAt)
{
    m_text->setText(tr("Carried on from your draft, kept %1.").arg(shortDateTime(keptAt.toLocalTime())));
    m_text->setAccessibleName(m_text->text());
    m_discard->show();
    show();
}

void DraftNotice::showNotKept()
{
    m_text->setText(tr("The draft could not be kept: the store would not take it. Save what you "
                       "have written, or copy it somewhere safe."));
    m_text->setAccessibleName(m_text->text());
    m_discard->hide();
    show();
}

void DraftNotice::showNothing()
{
    m_text->clear();
    hide();
}

} // namespace alongside::ui
