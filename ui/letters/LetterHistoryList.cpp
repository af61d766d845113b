#include "letters/LetterHistoryList.h"

#include <QLocale>

namespace alongside::ui {

LetterHistoryList::LetterHistoryList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("letterHistory"));
    setAccessibleName(tr("What happened to this letter"));
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
}

void LetterHistoryList::showEntries(const std::vector<core::HistoryEntry>& entries)
{
    clear();
    for (const core::HistoryEntry& entry : entries) {
        QString what;
        if (entry.field == QLatin1String("text"))
            what = entry.oldValue.isEmpty() ? tr("Drafted from the case.") : tr("Words changed.");
        else if (entry.field == QLatin1String("approved"))
            what = entry.newValue.isEmpty()
                ? tr("Approval taken away: the letter changed after it was approved.")
                : tr("Approved.");
        else if (entry.field == QLatin1String("safe to send"))
            what = tr("Safe to send: %1").arg(entry.newValue);
        else
            continue;
        addItem(tr("%1, %2: %3")
                    .arg(QLocale().toString(entry.changedAt, QStringLiteral("d MMM yyyy HH:mm")),
                         entry.changedBy, what));
    }
    if (count() == 0)
        addItem(tr("Not saved yet."));
}

} // namespace alongside::ui
