#pragma once

#include <QFrame>
#include <QStringList>

#include <utility>
#include <vector>

class QPushButton;

namespace alongside::ui {

// Conversation prompts beside the case: an aide-memoire for talking with the person, not a
// form to fill in (what practitioners asked for in the 2016 ADASS survey). Nothing here is
// recorded. View → Show conversation prompts, or "Hide", puts it away.
class PromptsPanel : public QFrame {
    Q_OBJECT

public:
    explicit PromptsPanel(QWidget* parent = nullptr);

    static QStringList prompts(); // every prompt, in the order shown
    QPushButton* hideButton() const { return m_hide; }

signals:
    void hideRequested();

private:
    using Group = std::pair<QString, QStringList>; // a stage of the work and its prompts
    static std::vector<Group> promptGroups();

    QPushButton* m_hide;
};

} // namespace alongside::ui
