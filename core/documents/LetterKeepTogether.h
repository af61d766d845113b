#pragma once

#include <QString>
#include <QStringList>

namespace alongside::core {

// Joins with no-break characters the words a reader must see on one line: a date ("Tuesday
// 3 March 2026"), a phone number ("01632 960123"), a legal reference ("s.42") and a person's
// name ("Alex Example"). Split over two lines they read as two things, or a number is dialled
// wrong. The text reads the same; only where a line may break changes. Used by the PDF, print
// and HTML renderers.
QString keepTogether(const QString& text, const QStringList& names = {});

} // namespace alongside::core
