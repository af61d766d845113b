#pragma once

#include "documents/LetterRenderOptions.h"
#include "model/EasyReadLetter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPrintPreviewDialog>

#include <memory>

class QWidget;

namespace alongside::ui {

class LetterFileChooser;

// Sends an approved letter on its way: the print preview (painted by core's renderer onto the
// printer), a PDF (written on a worker thread, since fonts and pictures take a moment) and
// the accessible web page for screen readers. The letter editor decides when this is allowed.
class LetterOutput : public QObject {
    Q_OBJECT

public:
    explicit LetterOutput(QWidget* owner);
    ~LetterOutput() override;

    void setFileChooser(std::shared_ptr<LetterFileChooser> chooser);
    void setRenderOptions(const core::LetterRenderOptions& options) { m_options = options; }

    void printPreview(const core::EasyReadLetter& letter);
    // Asks where, then writes. False if the person cancelled (or a PDF is still being written).
    bool savePdf(const core::EasyReadLetter& letter);
    bool saveHtml(const core::EasyReadLetter& letter);

    bool isBusy() const { return m_pdfTask.isRunning(); }
    QPrintPreviewDialog* preview() const { return m_preview; }

signals:
    void busyChanged(bool busy);
    void saved(const QString& path);
    void failed(const QString& why);

private:
    QString suggestedPath(const core::EasyReadLetter& letter, const QString& suffix) const;
    void pdfFinished();

    QWidget* m_owner;
    std::shared_ptr<LetterFileChooser> m_chooser;
    core::LetterRenderOptions m_options;
    QFutureWatcher<QString> m_pdfTask;
    QString m_pdfPath;
    QPointer<QPrintPreviewDialog> m_preview;
};

} // namespace alongside::ui
