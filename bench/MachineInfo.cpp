#include "MachineInfo.h"

#include <QFile>
#include <QList>
#include <QSysInfo>

namespace alongside::bench {

namespace {

// /proc files report size 0, so read them whole rather than line by line to atEnd().
QByteArray readProcFile(const char* path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? file.readAll() : QByteArray();
}

} // namespace

QString cpuModel()
{
    const QList<QByteArray> lines = readProcFile("/proc/cpuinfo").split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

double loadAverage()
{
    bool ok = false;
    const double load = readProcFile("/proc/loadavg").split(' ').value(0).toDouble(&ok);
    return ok ? load : -1.0;
}

} // namespace alongside::bench
