#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what is said about a bundle that cannot be read.
struct BundleText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BundleText)
};

} // namespace alongside::core
