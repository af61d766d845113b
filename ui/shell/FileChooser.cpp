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

} // namespace alongside::ui
