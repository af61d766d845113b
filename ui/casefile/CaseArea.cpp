#include "casefile/CaseArea.h"

#include "casefile/QuickNotePad.h"
#include "caseload/CasePreview.h"

#include <QFrame>
#include <QVBoxLayout>

namespace alongside::ui {

CaseArea::CaseArea(QSqlDatabase db, QWidget* parent)
    : QWidget(parent), m_preview(new CasePreview(this)), m_quickNote(new QuickNotePad(std::move(db), this))
{
    setObjectName(QStringLiteral("caseArea"));
    auto* caseFrame = new QFrame(this);
    caseFrame->setFrameShape(QFrame::StyledPanel);
    auto* caseLayout = new QVBoxLayout(caseFrame);
    caseLayout->addWidget(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(caseFrame, 3);
    layout->addWidget(m_quickNote, 2);
}

} // namespace alongside::ui
