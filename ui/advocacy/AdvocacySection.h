#pragma once

#include "casefile/CaseSection.h"
#include "storage/repositories/AdvocacyRepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class AdvocacyFactsForm;
class DateField;
class ImcaFactsForm;
class RuleResultView;
class WishesForm;

// Advocacy for the current process, as the facts are filled in: core's Care Act advocacy
// check (ss.67-68, SI 2014/2889 reg 4), IMCA check (MCA 2005 ss.37-39D, SI 2006/2883) and
// one-advocate check, each with its reasons and citations; "Save this check" keeps the facts
// and answers. Referrals to advocates are listed and added; and when the person does not want
// anything done, the prompts of legal-rules §6. Reads and writes through AdvocacyRepository.
class AdvocacySection : public CaseSection {
    Q_OBJECT

public:
    explicit AdvocacySection(const CaseAccess& access, QWidget* parent = nullptr);

    AdvocacyFactsForm* facts() const { return m_facts; }
    ImcaFactsForm* imcaFacts() const { return m_imcaFacts; }
    RuleResultView* careActResult() const { return m_careActResult; }
    RuleResultView* imcaResult() const { return m_imcaResult; }
    RuleResultView* oneAdvocateResult() const { return m_oneResult; }
    QPushButton* saveCheckButton() const { return m_saveCheck; }
    QLabel* lastCheck() const { return m_lastCheck; }
    QLineEdit* referralProvider() const { return m_provider; }
    QLineEdit* referralAdvocate() const { return m_advocate; }
    QComboBox* referralRole() const { return m_role; }
    QPushButton* addReferralButton() const { return m_addReferral; }
    QWidget* referralCards() const { return m_referrals; }
    WishesForm* wishes() const { return m_wishes; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    core::AdvocacyRepository repository() const;
    void recheck();
    void saveCheck();
    void addReferral();
    void recordWishes();

    AdvocacyFactsForm* m_facts;
    RuleResultView* m_careActResult;
    ImcaFactsForm* m_imcaFacts;
    RuleResultView* m_imcaResult;
    RuleResultView* m_oneResult;
    QLabel* m_lastCheck;
    QPushButton* m_saveCheck;
    QWidget* m_referrals;
    QVBoxLayout* m_referralLayout;
    DateField* m_referredOn;
    QLineEdit* m_provider;
    QLineEdit* m_advocate;
    QComboBox* m_role;
    QPushButton* m_addReferral;
    WishesForm* m_wishes;
    QWidget* m_overrides;
    QVBoxLayout* m_overrideLayout;
    std::vector<core::AdvocateReferral> m_storedReferrals;
    qint64 m_shownCase = 0;
};

} // namespace alongside::ui
