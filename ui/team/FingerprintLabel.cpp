#include "team/FingerprintLabel.h"

#include "keys/KeyFingerprint.h"

#include <QFontDatabase>

namespace alongside::ui {

FingerprintLabel::FingerprintLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fingerprint"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    setFont(font);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab, so a screen reader can read it out
}

void FingerprintLabel::setFingerprint(const QString& fingerprint)
{
    m_fingerprint = fingerprint;
    // Two lines of four groups: easier to keep one's place while reading aloud.
    const QStringList groups = fingerprint.split(u' ', Qt::SkipEmptyParts);
    setText(groups.mid(0, 4).join(QStringLiteral("  ")) + u'\n' + groups.mid(4).join(QStringLiteral("  ")));
    setAccessibleName(tr("Fingerprint"));
    setAccessibleDescription(core::spokenFingerprint(fingerprint));
}

} // namespace alongside::ui
