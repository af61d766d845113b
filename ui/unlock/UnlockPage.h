#pragma once

#include "storage/keys/SecretBytes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class DemoBanner;

// Asks for the passphrase of one known store. Shown at start-up for the remembered store and
// every time the window locks.
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    explicit UnlockPage(QWidget* parent = nullptr);

    // demoPassphrase is non-empty only for the demo store, whose passphrase is shown.
    void showStore(const QString& path, const QString& demoPassphrase);
    // The passphrase in guarded memory; the field is cleared.
    core::SecretBytes takePassphrase();

    void setBusy(bool busy);
    void showProblem(const QString& message);
    void focusPassphrase();

signals:
    void unlockRequested();
    void differentStoreRequested();

private:
    void requestUnlock();

    QVBoxLayout* m_column;
    QLabel* m_storeName;
    QLabel* m_storePath;
    QPointer<DemoBanner> m_demoBanner;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QLabel* m_busy;
    QLabel* m_problem;
    QPushButton* m_differentStore;
};

} // namespace alongside::ui
