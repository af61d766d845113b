#pragma once

#include "storage/repositories/HistoryWrite.h"

#include <QCoreApplication>

namespace alongside::core::supervision {

// Messages of the supervision repository, in one translation context lupdate can see.
struct SupervisionText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::SupervisionRepository)
};

inline void require(bool ok, const char* sentence)
{
    if (!ok)
        throw WriteRefused{SupervisionText::tr(sentence)};
}

} // namespace alongside::core::supervision
