#include "casefile/CaseSection.h"

#include "common/DraftDesk.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"

#include <QVBoxLayout>

namespace alongside::ui {

CaseSection::CaseSection(const QString& title, const CaseAccess& access, QWidget* parent)
    : QWidget(parent),
      m_access(access),
      m_heading(new HeadingLabel(title, HeadingLabel::Level::Section, this)),
      m_problem(new GentleNote(this)),
      m_draft(new FormDraft(this)),
      m_body(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_draft->notice());
    layout->addWidget(m_problem);
    m_body->setSpacing(10);
    layout->addLayout(m_body);
}

QString CaseSection::partName() const
{
    QString name = objectName();
    if (name.endsWith(QLatin1String("Section")))
        name.chop(7);
    return name;
}

void CaseSection::present(const core::CaseRecord& record)
{
    const bool anotherCase = record.id != m_caseId;
    if (anotherCase) {
        m_draft->close(); // keeps the last case's draft, and empties what was typed for it
        if (m_caseId != 0)
            leavingCase();
    } else
        m_draft->recordShowing();
    m_caseId = record.id;
    m_problem->clear();
    showRecord(record);
    if (anotherCase)
        m_draft->open({m_caseId, partName(), partName(), 0});
    else
        m_draft->recordShown();
    carryOnDrafts(anotherCase);
}

std::vector<core::DraftPlace> CaseSection::draftsWaiting(const QString& form) const
{
    std::vector<core::DraftPlace> places;
    const DraftDesk* desk = DraftDesk::of(this);
    if (!desk || m_caseId == 0)
        return places;
    for (const core::Draft& draft : desk->drafts().forCase(m_caseId)) {
        if (draft.place.part == partName() && draft.place.form == form)
            places.push_back(draft.place);
    }
    return places;
}

std::vector<core::DraftPlace> CaseSection::keepOpenDrafts(QWidget* within) const
{
    std::vector<core::DraftPlace> open;
    for (FormDraft* draft : within->findChildren<FormDraft*>()) {
        if (!draft->isOpen())
            continue;
        draft->save();
        open.push_back(draft->place());
    }
    return open;
}

core::DraftPlace CaseSection::draftPlace(const QString& form, qint64 recordId) const
{
    return {m_caseId, partName(), form, recordId};
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
