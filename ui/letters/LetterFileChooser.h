#pragma once

#include <QString>

class QWidget;

namespace alongside::ui {

// Where a letter should be saved, and which picture to use for the practitioner. An interface
// (as FileChooser is for stores) so tests can answer without a modal dialog.
class LetterFileChooser {
public:
    virtual ~LetterFileChooser() = default;
    // Each returns an empty string when the person cancels.
    virtual QString choosePdfLocation(QWidget* parent, const QString& suggested) = 0;
    virtual QString chooseHtmlLocation(QWidget* parent, const QString& suggested) = 0;
    virtual QString choosePicture(QWidget* parent, const QString& startFolder) = 0;
};

// The real thing: the platform's Save and Open dialogs.
class DialogLetterFileChooser : public LetterFileChooser {
public:
    QString choosePdfLocation(QWidget* parent, const QString& suggested) override;
    QString chooseHtmlLocation(QWidget* parent, const QString& suggested) override;
    QString choosePicture(QWidget* parent, const QString& startFolder) override;
};

} // namespace alongside::ui
