#pragma once

#include "application/OpenBundle.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace alongside::ui {

class GentleNote;

// File → Open a bundle…: says who sent the chosen bundle, when, and which cases it holds (or
// exactly why it cannot be opened), and adds them only when the person confirms. Checked and
// opened by core's inspectBundle and openBundle, as `alongside-cli bundle open` does.
class OpenBundleDialog : public QDialog {
    Q_OBJECT

public:
    OpenBundleDialog(QSqlDatabase db, QByteArray bundle, std::function<QString()> practitioner,
                     std::function<QDateTime()> now, QWidget* parent = nullptr);

    const core::BundleOpening& preview() const { return m_preview; }
    QLabel* summary() const { return m_summary; }
    QListWidget* contents() const { return m_contents; }
    QPushButton* importButton() const { return m_import; }
    const GentleNote* note() const { return m_note; }

    void importCases();

signals:
    void casesImported(const QStringList& references);

private:
    QSqlDatabase m_db;
    QByteArray m_bundle;
    std::function<QString()> m_practitioner;
    std::function<QDateTime()> m_now;
    core::BundleOpening m_preview;
    QLabel* m_summary;
    QListWidget* m_contents;
    QPushButton* m_import;
    QPushButton* m_close;
    GentleNote* m_note;
};

} // namespace alongside::ui
