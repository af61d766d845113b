#include "common/DisplayFormats.h"

#include <QLocale>

namespace alongside::ui {

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString shortDateTime(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return QStringLiteral("%1, %2").arg(shortDate(when.date()), shortTime(when.time()));
}

QString shortTime(const QTime& time)
{
    // Hours and minutes only: some locales' short format carries seconds nobody recorded.
    return time.isValid() ? QLocale().toString(time, QStringLiteral("HH:mm")) : QString();
}

} // namespace alongside::ui
