#pragma once

#include "model/BestInterestsDecision.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace alongside::ui {

class DateField;
class FormDraft;
class MiniList;
class RuleResultView;

// A best-interests decision (MCA 2005 s.4, s.1(6)) as a guided record: each checklist item
// addressed, or marked as not applying with the reason; whom s.4(7) says to consult, and who
// was not and why; the person's wishes, feelings, beliefs and values in their own words; the
// options, with the less restrictive; the decision and who made it. core's checkBestInterests
// reads it as it is written.
class BestInterestsForm : public QWidget {
    Q_OBJECT

public:
    enum class Item { Circumstances, Regaining, Participation, LifeSustaining, Wishes };

    explicit BestInterestsForm(std::function<QDateTime()> now, QWidget* parent = nullptr);

    core::BestInterestsDecision decision() const;
    void fill(const core::BestInterestsDecision& decision);
    void clear();

    QLineEdit* decisionField() const { return m_decision; }
    QLineEdit* decisionMaker() const { return m_maker; }
    QComboBox* itemStatus(Item item) const { return m_status.at(item); }
    QLineEdit* itemNote(Item item) const { return m_note.at(item); }
    QPlainTextEdit* ownWords() const { return m_words; }
    RuleResultView* result() const { return m_result; }
    QPushButton* saveButton() const { return m_save; }
    // What is typed is kept as a draft (the part opens it at the decision being written).
    FormDraft* draft() const { return m_draft; }

signals:
    void saveRequested();
    void cancelRequested();

private:
    void recheck();
    void showLists();

    std::function<QDateTime()> m_now;
    QLineEdit* m_decision;
    DateField* m_decidedOn;
    QLineEdit* m_maker;
    QComboBox* m_lacks;
    std::map<Item, QComboBox*> m_status;
    std::map<Item, QLineEdit*> m_note;
    QPlainTextEdit* m_words;
    MiniList* m_consulted;
    QLineEdit* m_consulteeName;
    QComboBox* m_consulteeRole;
    QLineEdit* m_consulteeViews;
    MiniList* m_gaps;
    QComboBox* m_gapRole;
    QLineEdit* m_gapReason;
    MiniList* m_options;
    QLineEdit* m_optionText;
    QCheckBox* m_optionLeast;
    QCheckBox* m_optionChosen;
    QLineEdit* m_whyNotLeast;
    std::map<core::UnjustifiedBasis, QCheckBox*> m_reliesOn;
    RuleResultView* m_result;
    QPushButton* m_save;
    QPushButton* m_cancel;
    core::BestInterestsDecision m_lists; // consulted, not consulted and options, as added
    bool m_filling = false;
    FormDraft* m_draft;
};

} // namespace alongside::ui
