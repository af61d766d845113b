#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace alongside::ui {

class GentleNote;

// Under the letter: how much has been read, "I have read every sentence", a calm status line,
// and the buttons that save, approve and send the letter on its way. The letter editor
// decides which of them are available.
class LetterReviewBar : public QWidget {
    Q_OBJECT

public:
    explicit LetterReviewBar(QWidget* parent = nullptr);

    QLabel* progress() const { return m_progress; }
    QCheckBox* readAll() const { return m_readAll; }
    GentleNote* status() const { return m_status; }
    QPushButton* saveDraft() const { return m_saveDraft; }
    QPushButton* approve() const { return m_approve; }
    QPushButton* print() const { return m_print; }
    QPushButton* pdf() const { return m_pdf; }
    QPushButton* html() const { return m_html; }
    QPushButton* closeButton() const { return m_close; }

private:
    QLabel* m_progress;
    QCheckBox* m_readAll;
    GentleNote* m_status;
    QPushButton* m_saveDraft;
    QPushButton* m_approve;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_html;
    QPushButton* m_close;
};

} // namespace alongside::ui
