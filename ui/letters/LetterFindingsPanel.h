#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;

namespace alongside::ui {

class SentenceEdit;

// Beside the letter: everything the plain-language check noticed, each with its reason and
// what to try, in the order of the letter. Choosing one puts the cursor on those words. It is
// advice, never a gate: printing does not wait for it to be empty.
class LetterFindingsPanel : public QWidget {
    Q_OBJECT

public:
    // Each suggestion in the list carries where its words are and which rule it applies.
    enum Role { SentenceRole = Qt::UserRole + 1, StartRole, LengthRole, RuleIdRole };

    explicit LetterFindingsPanel(QWidget* parent = nullptr);

    // Shows the findings of these sentences, in this order.
    void showFindings(const std::vector<SentenceEdit*>& sentences);
    QListWidget* list() const { return m_list; }

private:
    QLabel* m_nothing;
    QListWidget* m_list;
};

} // namespace alongside::ui
