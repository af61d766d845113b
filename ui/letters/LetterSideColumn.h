#pragma once

#include <QWidget>

namespace alongside::ui {

class LetterFindingsPanel;
class LetterHistoryList;
class SafeToSendPanel;

// The letter editor's right-hand column, beside the letter: is it safe to send (asked before
// approval), the easier-words suggestions as the practitioner types, and what has happened to
// this letter so far.
class LetterSideColumn : public QWidget {
    Q_OBJECT

public:
    explicit LetterSideColumn(QWidget* parent = nullptr);

    SafeToSendPanel* safeToSend() const { return m_safeToSend; }
    LetterFindingsPanel* findings() const { return m_findings; }
    LetterHistoryList* history() const { return m_history; }

private:
    SafeToSendPanel* m_safeToSend;
    LetterFindingsPanel* m_findings;
    LetterHistoryList* m_history;
};

} // namespace alongside::ui
