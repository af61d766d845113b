#include "common/GentleNote.h"

namespace alongside::ui {

GentleNote::GentleNote(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("gentleNote"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The same warm paper as the demo banner, fainter: readable, not alarming.
    setStyleSheet(QStringLiteral("QLabel { background: #fbf3df; color: #2b2200; border: 1px solid #e6cf94; "
                                 "border-radius: 5px; padding: 6px 10px; }"));
    hide();
}

void GentleNote::say(const QString& text)
{
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void GentleNote::clear()
{
    say(QString());
}

} // namespace alongside::ui
