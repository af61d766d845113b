#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what the keys and bundle use cases tell a person.
struct TeamText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::TeamText)
};

} // namespace alongside::core
