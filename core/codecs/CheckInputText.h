#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what reading a check's input tells a person: CheckInputText::tr("…").
struct CheckInputText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CheckInputText)
};

} // namespace alongside::core
