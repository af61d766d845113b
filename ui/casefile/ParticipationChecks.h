#pragma once

#include "model/Answers.h"

#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;

namespace alongside::ui {

// How the person took part in a conversation — in person, with an advocate, with an
// interpreter, at a meeting, by phone, through a representative — as checkboxes: often more
// than one applies.
class ParticipationChecks : public QWidget {
    Q_OBJECT

public:
    explicit ParticipationChecks(QWidget* parent = nullptr);

    std::vector<core::Participation> chosen() const;
    void choose(const std::vector<core::Participation>& ways);

signals:
    void changed();

private:
    std::vector<std::pair<core::Participation, QCheckBox*>> m_boxes;
};

} // namespace alongside::ui
