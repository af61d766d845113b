#include "casefile/CaseSection.h"

#include "common/GentleNote.h"
#include "common/HeadingLabel.h"

#include <QVBoxLayout>

namespace alongside::ui {

CaseSection::CaseSection(const QString& title, const CaseAccess& access, QWidget* parent)
    : QWidget(parent),
      m_access(access),
      m_heading(new HeadingLabel(title, HeadingLabel::Level::Section, this)),
      m_problem(new GentleNote(this)),
      m_body(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    m_body->setSpacing(10);
    layout->addLayout(m_body);
}

void CaseSection::present(const core::CaseRecord& record)
{
    m_caseId = record.id;
    m_problem->clear();
    showRecord(record);
}

bool CaseSection::report(const core::CaseWriteResult& result)
{
    if (!result.ok()) {
        m_problem->say(result.error);
        return false;
    }
    m_problem->clear();
    emit changed();
    return true;
}

} // namespace alongside::ui
