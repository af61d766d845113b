#pragma once

#include <QLabel>

namespace alongside::ui {

// A quiet note on a soft background: a refusal from the record, an inconsistency worth a
// second look, a hint. Never red and never a dialog that has to be dismissed; it is hidden
// while it has nothing to say.
class GentleNote : public QLabel {
    Q_OBJECT

public:
    explicit GentleNote(QWidget* parent = nullptr);
    void say(const QString& text);
    void clear();
};

} // namespace alongside::ui
