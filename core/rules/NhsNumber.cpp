#include "rules/NhsNumber.h"

namespace alongside::core {

QString normaliseNhsNumber(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool isValidNhsNumber(const QString& typed)
{
    // Only digits and the spaces or hyphens people type between groups.
    for (const QChar c : typed) {
        if (!c.isDigit() && c != u' ' && c != u'-')
            return false;
    }
    const QString digits = normaliseNhsNumber(typed);
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return false; // never issued
    return check == digits.at(9).digitValue();
}

} // namespace alongside::core
