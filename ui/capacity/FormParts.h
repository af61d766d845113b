#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace alongside::ui {

// Pieces shared by the long legal-literacy forms (capacity, advocacy, risk enablement), so
// they read alike: numbered step headings, and named text fields.

// "3. Could they make this decision?": a little larger and bold.
QLabel* stepHeading(const QString& text, QWidget* parent);
// A few lines of free text; Tab moves on rather than typing a tab.
QPlainTextEdit* longTextField(const QString& accessibleName, const QString& placeholder, QWidget* parent);
QLineEdit* lineField(const QString& accessibleName, const QString& placeholder, QWidget* parent);

} // namespace alongside::ui
