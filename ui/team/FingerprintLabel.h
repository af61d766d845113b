#pragma once

#include <QLabel>

namespace alongside::ui {

// A fingerprint shown for reading aloud: large, in a fixed-width font so the groups line up,
// selectable, and spoken to screen readers digit by digit ("4 0 3 1, 8 8 5 7, …") rather than as
// numbers in the thousands.
class FingerprintLabel : public QLabel {
    Q_OBJECT

public:
    explicit FingerprintLabel(QWidget* parent = nullptr);
    void setFingerprint(const QString& fingerprint);
    const QString& fingerprint() const { return m_fingerprint; }

private:
    QString m_fingerprint;
};

} // namespace alongside::ui
