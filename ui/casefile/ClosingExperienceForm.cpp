#include "casefile/ClosingExperienceForm.h"

#include "common/AnswerLabels.h"
#include "common/Card.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace alongside::ui {

namespace {

using core::ExperienceAnswer;
using core::ExperienceRespondent;

QComboBox* answerChoice(QWidget* parent, const char* objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    fillAnswers(combo, {ExperienceAnswer::NotAsked, ExperienceAnswer::Yes, ExperienceAnswer::Partly,
                        ExperienceAnswer::No});
    return combo;
}

} // namespace

ClosingExperienceForm::ClosingExperienceForm(QWidget* parent)
    : QGroupBox(tr("How it was for them"), parent),
      m_answeredBy(new QComboBox(this)),
      m_listenedTo(answerChoice(this, "experienceListenedTo")),
      m_involved(answerChoice(this, "experienceInvolved")),
      m_listenedToQuestion(new QLabel(this)),
      m_involvedQuestion(new QLabel(this))
{
    setObjectName(QStringLiteral("closingExperience"));
    auto* why = new QLabel(tr("Ask them, or someone who knows them well if they cannot say. Their answers help "
                              "the team see whether safeguarding was done with them, not to them."),
                           this);
    why->setWordWrap(true);
    makeQuiet(why);
    m_answeredBy->setObjectName(QStringLiteral("experienceAnsweredBy"));
    m_answeredBy->setAccessibleName(tr("Who answered these questions"));
    fillAnswers(m_answeredBy, {ExperienceRespondent::NotAsked, ExperienceRespondent::Person,
                               ExperienceRespondent::FamilyMember, ExperienceRespondent::Friend,
                               ExperienceRespondent::Carer, ExperienceRespondent::Imca,
                               ExperienceRespondent::Advocate});
    // Not word-wrapped: a wrapping label in a form's label column was given one line's height and
    // cut off ("Did you feel / listened to?"). Unwrapped, a long question takes its own line with
    // the answer under it (WrapLongRows below).
    m_listenedToQuestion->setBuddy(m_listenedTo);
    m_involvedQuestion->setBuddy(m_involved);

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(why);
    form->addRow(tr("Who answered"), m_answeredBy);
    form->addRow(m_listenedToQuestion, m_listenedTo);
    form->addRow(m_involvedQuestion, m_involved);

    connect(m_answeredBy, &QComboBox::currentIndexChanged, this, &ClosingExperienceForm::respondentChosen);
    respondentChosen();
}

void ClosingExperienceForm::respondentChosen()
{
    const auto who = chosenAnswer<ExperienceRespondent>(m_answeredBy);
    const bool asked = who != ExperienceRespondent::NotAsked;
    // The representative's version asks about the person, not about the one answering.
    const bool representative = asked && who != ExperienceRespondent::Person;
    m_listenedToQuestion->setText(representative ? tr("Do you feel they were listened to?")
                                                 : tr("Did you feel listened to?"));
    m_involvedQuestion->setText(representative ? tr("Do you feel they were involved as much as they wanted?")
                                               : tr("Were you involved as much as you wanted?"));
    m_listenedTo->setAccessibleName(m_listenedToQuestion->text().remove(u'&'));
    m_involved->setAccessibleName(m_involvedQuestion->text().remove(u'&'));
    m_listenedTo->setEnabled(asked);
    m_involved->setEnabled(asked);
    if (!asked) {
        chooseAnswer(m_listenedTo, ExperienceAnswer::NotAsked);
        chooseAnswer(m_involved, ExperienceAnswer::NotAsked);
    }
}

void ClosingExperienceForm::setExperience(const core::ClosureExperience& experience)
{
    chooseAnswer(m_answeredBy, experience.answeredBy);
    respondentChosen();
    chooseAnswer(m_listenedTo, experience.listenedTo);
    chooseAnswer(m_involved, experience.involved);
}

core::ClosureExperience ClosingExperienceForm::experience() const
{
    const auto who = chosenAnswer<ExperienceRespondent>(m_answeredBy);
    if (who == ExperienceRespondent::NotAsked)
        return {};
    return {who, chosenAnswer<ExperienceAnswer>(m_listenedTo), chosenAnswer<ExperienceAnswer>(m_involved)};
}

QString ClosingExperienceForm::summary(const core::ClosureExperience& experience)
{
    if (experience.answeredBy == ExperienceRespondent::NotAsked)
        return tr("How it was for them: nobody was asked.");
    return tr("How it was for them (%1): listened to, %2; involved, %3.")
        .arg(answerLabel(experience.answeredBy).toLower(), answerLabel(experience.listenedTo).toLower(),
             answerLabel(experience.involved).toLower());
}

} // namespace alongside::ui
