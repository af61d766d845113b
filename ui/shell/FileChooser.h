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
    // Exports (CSV files, the Board report). Not pure, so choosers made before exports existed
    // still build; one that does not override them answers as if the person cancelled.
    virtual QString chooseFolder(QWidget* parent, const QString& title, const QString& startFolder);
    virtual QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                   const QString& filter);
    // A file to read (a colleague's public-key file, a bundle). Not pure, as above.
    virtual QString chooseOpenFile(QWidget* parent, const QString& title, const QString& startFolder,
                                   const QString& filter);
};

// The real thing: the platform's Save and Open dialogs.
class DialogFileChooser : public FileChooser {
public:
    QString chooseNewStoreLocation(QWidget* parent, const QString& suggested) override;
    QString chooseExistingStore(QWidget* parent, const QString& startFolder) override;
    QString chooseFolder(QWidget* parent, const QString& title, const QString& startFolder) override;
    QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                           const QString& filter) override;
    QString chooseOpenFile(QWidget* parent, const QString& title, const QString& startFolder,
                           const QString& filter) override;
};

} // namespace alongside::ui
