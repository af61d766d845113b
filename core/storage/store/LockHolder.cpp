// The small record kept inside a store's lock file, and the "in use" sentence made from it.
// The record is advice for people, never evidence for the lock: it may be empty, cut short or
// garbage (a process killed while writing it), and must then say less, never keep anyone out.

#include "storage/store/StoreLock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSysInfo>

namespace alongside::core {

namespace {

struct StoreLockText {
    Q_DECLARE_TR_FUNCTIONS(StoreLock)
};

constexpr qsizetype kLongestField = 255;

bool isPlainText(const QString& text)
{
    if (text.isEmpty() || text.size() > kLongestField)
        return false;
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

QString whenText(const QDateTime& since)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime local = since.toLocalTime();
    return StoreLockText::tr("since %1 on %2")
        .arg(english.toString(local.time(), QStringLiteral("HH:mm")),
             english.toString(local.date(), QStringLiteral("d MMMM yyyy")));
}

} // namespace

QByteArray LockHolder::toRecord() const
{
    QByteArray record = "Alongside store lock\n";
    record += "program: " + program.toUtf8() + '\n';
    record += "process: " + QByteArray::number(processId) + '\n';
    record += "since: " + since.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    record += "host: " + host.toUtf8() + '\n';
    return record;
}

LockHolder LockHolder::fromRecord(const QByteArray& record)
{
    LockHolder holder;
    for (const QByteArray& line : record.left(4096).split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        const QString value = QString::fromUtf8(line.mid(colon + 2)).trimmed();
        if (key == "program" && isPlainText(value)) {
            holder.program = value;
        } else if (key == "process") {
            bool ok = false;
            const qint64 pid = value.toLongLong(&ok);
            holder.processId = ok && pid > 0 && pid < (qint64(1) << 32) ? pid : 0;
        } else if (key == "since") {
            const QDateTime since = QDateTime::fromString(value, Qt::ISODate);
            holder.since = since.isValid() ? since : QDateTime();
        } else if (key == "host" && isPlainText(value)) {
            holder.host = value;
        }
    }
    return holder;
}

QString StoreLock::describeInUse(const LockHolder& holder)
{
    if (holder.program.isEmpty() && holder.processId == 0)
        return StoreLockText::tr(
            "This store is already open in another Alongside window or in alongside-cli. "
            "Close it there, or wait for the command to finish, then try again.");
    QStringList facts;
    if (holder.processId > 0) {
        QString process = StoreLockText::tr("process %1").arg(holder.processId);
        if (!holder.host.isEmpty() && holder.host != QSysInfo::machineHostName())
            process = StoreLockText::tr("%1 on the computer %2").arg(process, holder.host);
        facts << process;
    }
    if (holder.since.isValid())
        facts << whenText(holder.since);
    const QString about = facts.isEmpty() ? QString()
                                          : QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", ")));

    if (holder.program == QLatin1String("alongside-cli"))
        return StoreLockText::tr("This store is in use by alongside-cli%1. Wait for that command to finish, "
                                 "then try again.")
            .arg(about);
    if (holder.program == QLatin1String("Alongside") || holder.program.isEmpty())
        return StoreLockText::tr("This store is already open in another Alongside window%1. Close the store "
                                 "in that window, then try again.")
            .arg(about);
    return StoreLockText::tr("This store is in use by %1%2. Close it there, then try again.")
        .arg(holder.program, about);
}

} // namespace alongside::core
