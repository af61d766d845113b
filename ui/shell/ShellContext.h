#pragma once

#include "shell/FileChooser.h"

#include "storage/store/StoreOptions.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace alongside::ui {

// What the window needs from outside, injected by whoever creates it: the GUI's main() passes
// defaults; tests pass a cheap key-derivation schedule, a fixed "today", a settings file in a
// temporary folder and a file chooser that answers without a dialog.
struct ShellContext {
    core::StoreOptions storeOptions;
    std::function<QDate()> today = [] { return QDate::currentDate(); };
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); }; // flags, record times
    QString settingsFile;                     // empty: the platform's usual settings location
    std::shared_ptr<FileChooser> fileChooser; // null: the real file dialogs
};

} // namespace alongside::ui
