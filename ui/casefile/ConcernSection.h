#pragma once

#include "casefile/CaseSection.h"

class QLabel;
class QPushButton;

namespace alongside::ui {

class Section42Form;

// The concern as it arrived, and the s.42 decision made about it: the three questions with
// their reasons, the decision, and the response given.
class ConcernSection : public CaseSection {
    Q_OBJECT

public:
    explicit ConcernSection(const CaseAccess& access, QWidget* parent = nullptr);
    Section42Form* section42() const { return m_section42; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    void editConcern();
    void saveSection42();

    core::Concern m_concern;
    QLabel* m_summary;
    QLabel* m_reported;
    QLabel* m_details;
    QPushButton* m_change;
    Section42Form* m_section42;
};

} // namespace alongside::ui
