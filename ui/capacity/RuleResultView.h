#pragma once

#include "rules/RuleResult.h"

#include <QFrame>

class QLabel;

namespace alongside::ui {

class HeadingLabel;

// What a legal check in core says, shown calmly beside the form it checks: its answer in one
// line, then why, what is still to record, what to weigh, and anything worth a second look,
// each with the law it rests on. It shows core's words; it never decides anything itself.
class RuleResultView : public QFrame {
    Q_OBJECT

public:
    explicit RuleResultView(const QString& title, QWidget* parent = nullptr);

    // `answer` is the check's decision in plain words ("Care Act advocate required").
    void showResult(const QString& answer, const core::RuleResult& result);
    QString answer() const;
    // Everything shown, as plain text (for tests and the accessibility description).
    QString plainText() const;
    QLabel* answerLabel() const { return m_answer; }
    QLabel* details() const { return m_details; }

private:
    QLabel* m_title;
    QLabel* m_answer;
    QLabel* m_details;
};

} // namespace alongside::ui
