#pragma once

#include <QString>

class QWidget;

namespace alongside::ui {

// Where a store file should be created or found. An interface so tests can answer without a
// modal dialog (which would wait for a person who is not there).
class FileChooser {
public:
    virtual ~FileChooser() = default;
    // Empty when the person cancels.
    virtual QString chooseNewStoreLocation(QWidget* parent, const QString& suggested) = 0;
    virtual QString chooseExistingStore(QWidget* parent, const QString& startFolder) = 0;
};

// The real thing: the platform's Save and Open dialogs.
class DialogFileChooser : public FileChooser {
public:
    QString chooseNewStoreLocation(QWidget* parent, const QString& suggested) override;
    QString chooseExistingStore(QWidget* parent, const QString& startFolder) override;
};

} // namespace alongside::ui
