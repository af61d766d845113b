#pragma once

#include "common/Card.h"

#include <QStringList>

class QPushButton;

namespace alongside::ui {

// One stored legal-literacy record in a section's list (a capacity assessment, a
// best-interests decision, a referral, a risk enablement note): what it is about, quiet lines
// of detail, and an optional button to open it again.
class LegalRecordCard : public Card {
    Q_OBJECT

public:
    LegalRecordCard(const QString& objectName, const QString& title, const QStringList& details,
                    QWidget* parent = nullptr);

    // Adds a button along the bottom of the card and returns it.
    QPushButton* addButton(const QString& text, const QString& accessibleName);
};

} // namespace alongside::ui
