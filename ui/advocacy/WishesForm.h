#pragma once

#include "model/WishesSituation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class RuleResultView;

// When the person does not want anything done (CSSG ch.14; docs/checks.md, "wishes"): their wish
// in their words, and what might mean it does not settle things — others at risk, a serious
// crime, a person in a position of trust, coercion, a wider public interest — each with why;
// whether they were told. core's checkWishes prompts; the judgement stays with the
// practitioner and their manager.
class WishesForm : public QWidget {
    Q_OBJECT

public:
    enum class Factor { OthersAtRisk, SeriousCrime, PositionOfTrust, Coercion, PublicInterest };

    explicit WishesForm(QWidget* parent = nullptr);

    core::WishesSituation situation() const;
    void clear();

    QComboBox* wish() const { return m_wish; }
    QComboBox* factor(Factor factor) const { return m_present[static_cast<int>(factor)]; }
    QLineEdit* factorWhy(Factor factor) const { return m_why[static_cast<int>(factor)]; }
    RuleResultView* result() const { return m_result; }
    QPushButton* recordButton() const { return m_record; }

signals:
    void recordRequested();

private:
    void recheck();

    QComboBox* m_wish;
    QLineEdit* m_words;
    QComboBox* m_capacity;
    QComboBox* m_seenAlone;
    QComboBox* m_present[5];
    QLineEdit* m_why[5];
    QComboBox* m_told;
    QLineEdit* m_notTold;
    QCheckBox* m_closing;
    RuleResultView* m_result;
    QPushButton* m_record;
};

} // namespace alongside::ui
