#pragma once

#include "casefile/CaseSection.h"
#include "storage/repositories/RiskEnablementRepository.h"

class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class RiskEnablementForm;

// Risk enablement notes of the case (docs/checks.md, "Risk enablement record"): each with the outcomes
// it serves, its capacity link and its review date; and the form to write or reopen one.
class RiskEnablementSection : public CaseSection {
    Q_OBJECT

public:
    explicit RiskEnablementSection(const CaseAccess& access, QWidget* parent = nullptr);

    QPushButton* writeButton() const { return m_write; }
    RiskEnablementForm* form() const { return m_form; }
    QWidget* cards() const { return m_cards; }
    void startNote(qint64 noteId = 0);

protected:
    void showRecord(const core::CaseRecord& record) override;
    void leavingCase() override;
    void carryOnDrafts(bool arrived) override;

private:
    core::RiskEnablementRepository repository() const;
    void save();
    void showForm(bool show);
    void putFormAway();

    QWidget* m_cards;
    QVBoxLayout* m_cardLayout;
    QPushButton* m_write;
    RiskEnablementForm* m_form;
    qint64 m_editing = 0;
};

} // namespace alongside::ui
