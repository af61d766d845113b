#pragma once

#include <QCoreApplication>
#include <QString>

namespace alongside::core {

// Translation contexts for what the legal checks tell a practitioner: AdvocacyText::tr("…").
// Citations are not translated: they name the law as it is printed.
struct AdvocacyText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::AdvocacyText)
};
struct ImcaText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ImcaText)
};
struct CapacityText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CapacityText)
};
struct BestInterestsText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BestInterestsText)
};
struct WishesText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::WishesText)
};

// "1 day", "35 days": lengths of stay in the checks' reasons.
QString dayCount(int days);

} // namespace alongside::core
