#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what the strict JSON reader says about an input.
struct StrictJsonText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::StrictJsonText)
};

} // namespace alongside::core
