#pragma once

#include <QFrame>

class QVBoxLayout;

namespace alongside::ui {

// A softly outlined box for one thing in a list: an outcome, a conversation, a note.
class Card : public QFrame {
    Q_OBJECT

public:
    explicit Card(const QString& objectName, QWidget* parent = nullptr);
    QVBoxLayout* content() const { return m_content; }

private:
    QVBoxLayout* m_content;
};

// Quieter text for dates and who wrote what: the palette's own secondary colour, so it works
// in dark themes too.
void makeQuiet(QWidget* widget);

} // namespace alongside::ui
