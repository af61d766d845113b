#pragma once

#include "application/TeamKeys.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class GentleNote;

// Trusting a colleague's public-key file: the person phones the colleague on a number they
// already know, hears the fingerprint read from the colleague's own Alongside, and types it. Only
// if every digit matches the file are the keys trusted (core's trustColleague checks it and
// records who, when and the fingerprint). The file's own fingerprint is not shown here: a
// fingerprint compared with itself proves nothing.
class TrustKeyDialog : public QDialog {
    Q_OBJECT

public:
    TrustKeyDialog(QSqlDatabase db, QByteArray publicKeyFile, const core::TeamMemberKey& fromFile,
                   std::function<QString()> practitioner, std::function<QDateTime()> now,
                   QWidget* parent = nullptr);

    QLineEdit* fingerprintField() const { return m_heard; }
    QPushButton* trustButton() const { return m_trust; }
    const GentleNote* note() const { return m_note; }
    const core::TrustResult& result() const { return m_result; }

private:
    void heardChanged();
    void trust();

    QSqlDatabase m_db;
    QByteArray m_file;
    QString m_who;
    std::function<QString()> m_practitioner;
    std::function<QDateTime()> m_now;
    QLineEdit* m_heard;
    QLabel* m_progress;
    GentleNote* m_note;
    QPushButton* m_trust;
    core::TrustResult m_result;
};

} // namespace alongside::ui
