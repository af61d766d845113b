#include "casefile/CaseArea.h"

#include "casefile/QuickNotePad.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace alongside::ui {

CaseArea::CaseArea(QSqlDatabase db, QWidget* parent)
    : QWidget(parent),
      m_placeholder(new QLabel(tr("Choose a case to see it here"), this)),
      m_quickNote(new QuickNotePad(std::move(db), this))
{
    setObjectName(QStringLiteral("caseArea"));
    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* caseFrame = new QFrame(this);
    caseFrame->setFrameShape(QFrame::StyledPanel);
    auto* caseLayout = new QVBoxLayout(caseFrame);
    caseLayout->addWidget(m_placeholder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(caseFrame, 3);
    layout->addWidget(m_quickNote, 2);
}

} // namespace alongside::ui
