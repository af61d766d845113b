#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace alongside::ui {

// The few preferences Alongside keeps outside the encrypted store. Nothing here may describe a
// person or a case: only where the store is and how the window behaves.
class AppSettings {
public:
    // Empty path: the platform's usual place. Otherwise an INI file (tests use a temp one).
    explicit AppSettings(const QString& iniFile = {});

    QString lastStorePath() const;
    void setLastStorePath(const QString& path);

    int idleLockMinutes() const; // always within [kMinIdleMinutes, kMaxIdleMinutes]
    void setIdleLockMinutes(int minutes);

    bool largerText() const;
    void setLargerText(bool on);

    // The practitioner's name as earlier versions kept it here (empty if none). Who is writing
    // now lives in the store (storage/PractitionerRepository.h); this is read once, to carry
    // the name into the store, and then forgotten.
    QString legacyPractitionerName() const;
    void forgetLegacyPractitionerName();

    // View → Show conversation prompts (on unless switched off).
    bool showPrompts() const;
    void setShowPrompts(bool on);

    static constexpr int kDefaultIdleMinutes = 5;
    static constexpr int kMinIdleMinutes = 1;
    static constexpr int kMaxIdleMinutes = 60;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace alongside::ui
