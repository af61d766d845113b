#include "shell/StoreStatusLabel.h"

#include "shell/StoreSession.h"

#include <QDir>
#include <QFileInfo>

namespace alongside::ui {

StoreStatusLabel::StoreStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("storeStatus"));
    setTextFormat(Qt::PlainText);
}

void StoreStatusLabel::describe(const StoreSession& session)
{
    const bool unlocked = session.isUnlocked();
    const QString fileName = QFileInfo(session.path()).fileName();
    QString text;
    if (!session.hasChoice())
        text = tr("No store open");
    else if (session.isDemo())
        text = unlocked ? tr("Demo store — do not enter real information") : tr("Demo store (locked)");
    else
        text = unlocked ? tr("Open: %1").arg(fileName) : tr("%1 (locked)").arg(fileName);
    setText(text);
    setToolTip(session.hasChoice() ? QDir::toNativeSeparators(session.path()) : QString());
    setAccessibleName(text);
}

} // namespace alongside::ui
