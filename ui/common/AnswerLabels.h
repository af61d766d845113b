#pragma once

#include "model/Answers.h"
#include "model/DesiredOutcome.h"
#include "model/Person.h"

#include <QComboBox>
#include <QString>

#include <initializer_list>
#include <optional>

namespace alongside::ui {

// Plain words on screen for core's closed answers. The storage codes stay in core; these are
// only what a practitioner reads (and are translated).
QString answerLabel(core::YesNoUnknown value);
QString answerLabel(core::FeelsSafer value);
QString answerLabel(core::OutcomeVoice value);
QString answerLabel(core::EnquiryDecision value);
QString answerLabel(core::Participation value);
QString answerLabel(core::Involvement value);
QString answerLabel(core::LegalRepresentative::Kind value);
QString answerLabel(core::ExperienceRespondent value);
QString answerLabel(core::ExperienceAnswer value);

// Fills a combo box with answers, in the order given, each carrying its value.
template <typename Enum>
void fillAnswers(QComboBox* combo, std::initializer_list<Enum> values)
{
    combo->clear();
    for (const Enum value : values)
        combo->addItem(answerLabel(value), static_cast<int>(value));
}

template <typename Enum>
Enum chosenAnswer(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

// Nothing chosen, and `prompt` shown greyed in the box ("Choose an answer"), so no legal or
// factual answer is assumed before the practitioner gives one. The list holds only real answers.
void leaveUnanswered(QComboBox* combo, const QString& prompt);

// The answer chosen, or nothing while the box is still unanswered.
template <typename Enum>
std::optional<Enum> answerIfChosen(const QComboBox* combo)
{
    if (combo->currentIndex() < 0)
        return std::nullopt;
    return static_cast<Enum>(combo->currentData().toInt());
}

template <typename Enum>
void chooseAnswer(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

} // namespace alongside::ui
