#pragma once

#include "model/Closure.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace alongside::ui {

// The Making Safeguarding Personal Outcomes Framework's experience questions (LGA/ADASS, 2018),
// asked at closure: did they feel listened to, and were they involved as much as they wanted?
// Asked of the person, or, where they cannot answer, of their representative (a family member,
// friend, carer or IMCA), in a version of the question put to the representative. Who answered
// is kept with the answers, so the figures can tell the two apart. "Do they feel safer?" is
// asked beside these in the closing form and answered by the same person.
class ClosingExperienceForm : public QGroupBox {
    Q_OBJECT

public:
    explicit ClosingExperienceForm(QWidget* parent = nullptr);

    void setExperience(const core::ClosureExperience& experience);
    core::ClosureExperience experience() const;

    QComboBox* answeredBy() const { return m_answeredBy; }
    QComboBox* listenedTo() const { return m_listenedTo; }
    QComboBox* involved() const { return m_involved; }
    QLabel* listenedToQuestion() const { return m_listenedToQuestion; }

    // One line for the closed summary: who answered and what they said, or that nobody was asked.
    static QString summary(const core::ClosureExperience& experience);

private:
    void respondentChosen();

    QComboBox* m_answeredBy;
    QComboBox* m_listenedTo;
    QComboBox* m_involved;
    QLabel* m_listenedToQuestion;
    QLabel* m_involvedQuestion;
};

} // namespace alongside::ui
