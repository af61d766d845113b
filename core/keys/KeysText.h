#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what public-key files say, and what is said about them.
struct KeysText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::KeysText)
};

} // namespace alongside::core
