#pragma once

#include "model/Answers.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace alongside::ui {

// One step of a guided conversation: a question in plain words, the law it comes from, an
// optional answer ("Could they…, even with help?") and room for the evidence and the person's
// own words. A prompt, not a tick-box: the answer means little without what it rests on.
class EvidencePrompt : public QWidget {
    Q_OBJECT

public:
    enum class Answer { None, CouldThey };

    EvidencePrompt(const QString& question, const QString& citation, const QString& placeholder,
                   Answer answer = Answer::None, QWidget* parent = nullptr);

    QString evidence() const;
    void setEvidence(const QString& text);
    // For Answer::CouldThey: Yes when they could NOT do it, even with help (MCA 2005 s.3(1)).
    core::YesNoUnknown unable() const;
    void setUnable(core::YesNoUnknown unable);
    void clear();

    QPlainTextEdit* editor() const { return m_evidence; }
    QComboBox* answerChoice() const { return m_answer; }
    QLabel* question() const { return m_question; }

signals:
    void edited();

private:
    QLabel* m_question;
    QComboBox* m_answer = nullptr;
    QPlainTextEdit* m_evidence;
};

} // namespace alongside::ui
