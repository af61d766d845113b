#include "rules/StillOpenAtClosing.h"

#include <QCoreApplication>
#include <QLocale>

namespace alongside::core {

namespace {

struct StillOpenText {
    Q_DECLARE_TR_FUNCTIONS(StillOpenAtClosing)
};

QString dayMonth(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

QStringList stillOpenAtClosing(const CaseRecord& record, const ClosingIntent& intent)
{
    QStringList open;
    if (record.mspAsked.isEmpty())
        open << StillOpenText::tr("Nobody has recorded whether they were asked what they want.");
    if (!record.section42)
        open << StillOpenText::tr("No s.42 decision is recorded.");
    for (const PlanAction& action : record.actions) {
        if (!action.isOpen())
            continue;
        open << StillOpenText::tr("Not done yet: “%1” (%2, by %3).")
                    .arg(action.what, action.who, dayMonth(action.dueOn));
    }
    for (const QString& draft : intent.draftsWaiting)
        open << draft;
    for (const DesiredOutcome& outcome : record.outcomes) {
        if (!outcome.current() || intent.outcomesWithTheirView.count(outcome.id) > 0)
            continue;
        // No full stop after the quote: their words usually end with their own.
        open << StillOpenText::tr("No view from them yet on “%1”").arg(outcome.current()->wording);
    }
    if (!intent.feelsSafer || *intent.feelsSafer == FeelsSafer::NotAsked)
        open << StillOpenText::tr("Not asked whether they feel safer.");
    return open;
}

} // namespace alongside::core
