#pragma once

#include "shell/FileChooser.h"
#include "shell/ShellContext.h"

#include "support/TestStores.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

namespace alongside::test {

// Answers file dialogs with whatever the test set, without showing anything.
class ScriptedFileChooser : public ui::FileChooser {
public:
    QString newStoreLocation;
    QString existingStore;
    QString folder;   // chooseFolder's answer
    QString saveFile; // chooseSaveFile's answer
    QString openFile; // chooseOpenFile's answer

    QString chooseNewStoreLocation(QWidget*, const QString&) override { return newStoreLocation; }
    QString chooseExistingStore(QWidget*, const QString&) override { return existingStore; }
    QString chooseFolder(QWidget*, const QString&, const QString&) override { return folder; }
    QString chooseSaveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return saveFile;
    }
    QString chooseOpenFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return openFile;
    }
};

// A throwaway world for one window: a temp folder for stores and settings, a cheap
// key-derivation schedule, a fixed "today" and scripted file dialogs.
class ShellFixture {
public:
    ShellFixture();

    static QDate today() { return {2026, 3, 2}; }
    static QDateTime now() { return {today(), QTime(10, 0)}; }

    ui::ShellContext context() const;
    QString storePath() const { return m_folder.storePath(); }
    QString settingsFile() const { return m_folder.filePath(QStringLiteral("settings.ini")); }
    // Makes a real store at storePath() and tells the settings it was the last one used.
    void createRememberedStore(const QString& passphrase = QString::fromLatin1(kPassphrase));
    ScriptedFileChooser& chooser() { return *m_chooser; }
    const TempStoreFolder& folder() const { return m_folder; }

private:
    TempStoreFolder m_folder;
    std::shared_ptr<ScriptedFileChooser> m_chooser = std::make_shared<ScriptedFileChooser>();
};

} // namespace alongside::test
