#pragma once

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace alongside::ui {

class FileChooser;
class FingerprintLabel;
class GentleNote;
class TeamMembersModel;

// File → Team members and keys…: this store's fingerprint (for colleagues to check), saving its
// public-key file, trusting a colleague's file after hearing their fingerprint, and revoking.
// Everything it does goes through core's TeamKeys use cases, as `alongside-cli keys` does.
class TeamKeysDialog : public QDialog {
    Q_OBJECT

public:
    TeamKeysDialog(QSqlDatabase db, std::shared_ptr<FileChooser> chooser,
                   std::function<QString()> practitioner, std::function<QDateTime()> now,
                   QWidget* parent = nullptr);

    FingerprintLabel* myFingerprint() const { return m_fingerprint; }
    QPushButton* saveMyKeysButton() const { return m_saveMine; }
    QPushButton* trustButton() const { return m_trust; }
    QPushButton* revokeButton() const { return m_revoke; }
    QTableView* colleagues() const { return m_table; }
    const GentleNote* note() const { return m_note; }

    // What the buttons do, without the buttons (tests, and keyboard users alike go through them).
    void saveMyKeys();
    void trustFromFile();
    void revokeChosen();

private:
    void refresh();
    void updateButtons();

    QSqlDatabase m_db;
    std::shared_ptr<FileChooser> m_chooser;
    std::function<QString()> m_practitioner;
    std::function<QDateTime()> m_now;
    QLabel* m_whoAmI;
    FingerprintLabel* m_fingerprint;
    QPushButton* m_saveMine;
    TeamMembersModel* m_model;
    QTableView* m_table;
    QPushButton* m_trust;
    QPushButton* m_revoke;
    GentleNote* m_note;
};

} // namespace alongside::ui
