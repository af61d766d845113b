#pragma once

#include "model/Answers.h"
#include "model/DesiredOutcome.h"
#include "model/Person.h"

#include <QComboBox>
#include <QString>

#include <initializer_list>

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

template <typename Enum>
void chooseAnswer(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

} // namespace alongside::ui
