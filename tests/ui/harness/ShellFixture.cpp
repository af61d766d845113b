#include "harness/ShellFixture.h"

#include "shell/AppSettings.h"
#include "storage/driver/SqlCipherDriver.h"

namespace alongside::test {

ShellFixture::ShellFixture()
{
    core::SqlCipherDriver::registerWithQt();
}

ui::ShellContext ShellFixture::context() const
{
    ui::ShellContext context;
    context.storeOptions = cheapStoreOptions();
    context.today = [] { return today(); };
    context.now = [] { return now(); };
    context.settingsFile = settingsFile();
    context.fileChooser = m_chooser;
    return context;
}

void ShellFixture::createRememberedStore(const QString& passphrase)
{
    createStore(storePath(), passphrase)->close();
    ui::AppSettings(settingsFile()).setLastStorePath(storePath());
}

} // namespace alongside::test
