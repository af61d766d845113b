#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what import and export tell a person: CaseFileText::tr("…").
struct CaseFileText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CaseFileText)
};

} // namespace alongside::core
