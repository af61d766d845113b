#include "shell/AppSettings.h"

#include <algorithm>

namespace alongside::ui {

namespace {
const QString kLastStorePath = QStringLiteral("store/lastPath");
const QString kIdleMinutes = QStringLiteral("lock/idleMinutes");
const QString kLargerText = QStringLiteral("view/largerText");
const QString kShowPrompts = QStringLiteral("view/showPrompts");
const QString kPractitionerName = QStringLiteral("practitioner/name");
} // namespace

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString AppSettings::lastStorePath() const
{
    return m_settings->value(kLastStorePath).toString();
}

void AppSettings::setLastStorePath(const QString& path)
{
    m_settings->setValue(kLastStorePath, path);
    m_settings->sync();
}

int AppSettings::idleLockMinutes() const
{
    // A hand-edited settings file must not be able to switch auto-lock off.
    bool ok = false;
    const int minutes = m_settings->value(kIdleMinutes, kDefaultIdleMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, kMinIdleMinutes, kMaxIdleMinutes) : kDefaultIdleMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleMinutes, std::clamp(minutes, kMinIdleMinutes, kMaxIdleMinutes));
    m_settings->sync();
}

bool AppSettings::largerText() const
{
    return m_settings->value(kLargerText, false).toBool();
}

void AppSettings::setLargerText(bool on)
{
    m_settings->setValue(kLargerText, on);
    m_settings->sync();
}

QString AppSettings::legacyPractitionerName() const
{
    return m_settings->value(kPractitionerName).toString().simplified();
}

void AppSettings::forgetLegacyPractitionerName()
{
    m_settings->remove(kPractitionerName);
    m_settings->sync();
}

bool AppSettings::showPrompts() const
{
    return m_settings->value(kShowPrompts, true).toBool();
}

void AppSettings::setShowPrompts(bool on)
{
    m_settings->setValue(kShowPrompts, on);
    m_settings->sync();
}

} // namespace alongside::ui
