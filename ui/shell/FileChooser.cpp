#include "shell/FileChooser.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace alongside::ui {

namespace {

QString storeFilter()
{
    return QCoreApplication::translate("FileChooser", "Alongside stores (*.alongside);;All files (*)");
}

} // namespace

QString DialogFileChooser::chooseNewStoreLocation(QWidget* parent, const QString& suggested)
{
    // The Save dialog asks before replacing a file; core refuses to overwrite as well.
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileChooser", "Where to keep the new store"), suggested,
        storeFilter());
}

QString DialogFileChooser::chooseExistingStore(QWidget* parent, const QString& startFolder)
{
    return QFileDialog::getOpenFileName(parent,
                                        QCoreApplication::translate("FileChooser", "Open an Alongside store"),
                                        startFolder, storeFilter());
}

QString FileChooser::chooseFolder(QWidget*, const QString&, const QString&)
{
    return {};
}

QString FileChooser::chooseSaveFile(QWidget*, const QString&, const QString&, const QString&)
{
    return {};
}

QString FileChooser::chooseOpenFile(QWidget*, const QString&, const QString&, const QString&)
{
    return {};
}

QString DialogFileChooser::chooseOpenFile(QWidget* parent, const QString& title, const QString& startFolder,
                                          const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, startFolder, filter);
}

QString DialogFileChooser::chooseFolder(QWidget* parent, const QString& title, const QString& startFolder)
{
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

QString DialogFileChooser::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                          const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace alongside::ui
