#include "casefile/ParticipationChecks.h"

#include "common/AnswerLabels.h"

#include <QCheckBox>
#include <QGridLayout>

#include <algorithm>

namespace alongside::ui {

ParticipationChecks::ParticipationChecks(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("participationChecks"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const core::Participation way :
         {core::Participation::InPerson, core::Participation::WithAdvocate,
          core::Participation::WithInterpreter, core::Participation::AtMeeting, core::Participation::ByPhone,
          core::Participation::ThroughRepresentative}) {
        auto* box = new QCheckBox(answerLabel(way), this);
        box->setAccessibleName(tr("Took part %1").arg(answerLabel(way).toLower()));
        grid->addWidget(box, index / 2, index % 2);
        m_boxes.emplace_back(way, box);
        connect(box, &QCheckBox::toggled, this, &ParticipationChecks::changed);
        ++index;
    }
}

std::vector<core::Participation> ParticipationChecks::chosen() const
{
    std::vector<core::Participation> ways;
    for (const auto& [way, box] : m_boxes) {
        if (box->isChecked())
            ways.push_back(way);
    }
    return ways;
}

void ParticipationChecks::choose(const std::vector<core::Participation>& ways)
{
    for (const auto& [way, box] : m_boxes)
        box->setChecked(std::find(ways.begin(), ways.end(), way) != ways.end());
}

} // namespace alongside::ui
