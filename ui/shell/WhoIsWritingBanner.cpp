#include "shell/WhoIsWritingBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace alongside::ui {

WhoIsWritingBanner::WhoIsWritingBanner(QWidget* parent)
    : QFrame(parent), m_answer(new QPushButton(tr("Tell it who &you are…"), this))
{
    setObjectName(QStringLiteral("whoIsWritingBanner"));
    setStyleSheet(QStringLiteral("#whoIsWritingBanner { background: #eef4f9; border: 1px solid #bfd0e0; "
                                 "border-radius: 6px; } #whoIsWritingBanner QLabel { color: #16283a; }"));
    auto* text = new QLabel(tr("<b>Who is writing?</b> Alongside does not know your name yet, so the record "
                               "and letters can only say “Practitioner”. Add your name, role and team."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_answer->setObjectName(QStringLiteral("tellWhoIsWriting"));
    m_answer->setAccessibleName(tr("Tell Alongside who you are: your name, role, team and contact details"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->addWidget(text, 1);
    layout->addWidget(m_answer, 0, Qt::AlignVCenter);
    connect(m_answer, &QPushButton::clicked, this, &WhoIsWritingBanner::answerRequested);
}

} // namespace alongside::ui
