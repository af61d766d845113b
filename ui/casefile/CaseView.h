#pragma once

#include "casefile/CaseAccess.h"
#include "model/CaseSummary.h"
#include "rules/CaseloadFlags.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace alongside::ui {

class AdvocacySection;
class DraftDesk;
class CapacitySection;
class CaseSection;
class ClosingSection;
class ConcernSection;
class ConversationsSection;
class FlagList;
class HeadingLabel;
class NotesSection;
class OutcomesSection;
class PersonSection;
class PlanSection;
class PromptsPanel;
class RiskEnablementSection;
class SupervisionSection;

// One case, in the order the work happens, as sections down one scrolling column: the person,
// the concern and s.42 decision, what they want, conversations, the plan, notes and closing.
// A list on the left jumps between them; the conversation prompts sit on the right. Every
// change goes through core's CaseRepository; after each, the case is read again and shown.
//
// Its parts are made one per turn of the event loop after the view itself (issue 10: making
// them all at once held the window up 40-85 ms after unlocking). Anything that needs them
// sooner (opening a case, a part's accessor) has the rest made there and then.
class CaseView : public QWidget {
    Q_OBJECT

public:
    enum class Part {
        Person,
        Concern,
        Outcomes,
        Conversations,
        Capacity,       // ui/capacity: MCA assessments and best interests
        Advocacy,       // ui/advocacy: Care Act advocate, IMCA, referrals, wishes
        RiskEnablement, // ui/risk
        Plan,
        Notes,
        Closing,
        Supervision // ui/supervision: reflective notes, agreed actions, managers' sign-off
    };
    static constexpr int kPartCount = 11;

    explicit CaseView(const CaseAccess& access, QWidget* parent = nullptr);

    // Every part made (see above).
    bool isComplete() const { return m_made == kPartCount; }
    void completeNow() const;

    // Shows the case (keeping the last case's conversation draft). False if it is not there.
    bool open(qint64 caseId);
    void reload();
    qint64 caseId() const { return m_caseId; }
    // The caseload's line for this case: reference, stage and its gentle flags.
    void setOverview(const core::CaseSummary& summary, const std::vector<core::CaseFlag>& flags);
    bool saveDrafts();
    // Typed work for this case kept as a draft and not yet saved to the record, one line each.
    QStringList draftsWaiting() const;
    void setPromptsVisible(bool visible);
    void goTo(Part part, bool moveFocus);
    // Opens at `part` with the keyboard there, once the column is laid out (used by supervision).
    void showPart(Part part);
    // Where the practitioner is: the part chosen in the list and how far down the column is
    // scrolled, so the window can come back to the same place after a lock.
    int currentPart() const;
    int scrollPosition() const;
    void returnTo(int part, int scrollPosition);
    // Says in the list of parts which have a draft waiting.
    void showDraftsWaiting();
    DraftDesk* draftDesk() const { return m_drafts; }

    QPushButton* backButton() const { return m_back; }
    // "Write a letter to Doris…": opens the easy-read letter editor (ui/letters) for this case.
    QPushButton* letterButton() const { return m_writeLetter; }
    QListWidget* partList() const { return m_parts; }
    PromptsPanel* prompts() const { return m_prompts; }
    PersonSection* person() const { return made(m_person); }
    ConcernSection* concern() const { return made(m_concern); }
    OutcomesSection* outcomes() const { return made(m_outcomes); }
    ConversationsSection* conversations() const { return made(m_conversations); }
    CapacitySection* capacity() const { return made(m_capacity); }
    AdvocacySection* advocacy() const { return made(m_advocacy); }
    RiskEnablementSection* riskEnablement() const { return made(m_risk); }
    PlanSection* plan() const { return made(m_plan); }
    NotesSection* notes() const { return made(m_notes); }
    ClosingSection* closing() const { return made(m_closing); }
    SupervisionSection* supervision() const { return made(m_supervision); }

signals:
    void backRequested();
    void caseChanged(qint64 caseId);
    void hidePromptsRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // `part` once every part is made (read after making them).
    template <typename Section>
    Section* made(Section* const& part) const
    {
        completeNow();
        return part;
    }
    CaseSection* section(Part part) const;
    CaseSection* makePart(Part part);
    void makeNextPart();
    void allPartsMade();
    void fitSideColumns();

    const CaseAccess& m_access;
    qint64 m_caseId = 0;
    QPushButton* m_back;
    HeadingLabel* m_name;
    QLabel* m_facts;
    FlagList* m_flags;
    QListWidget* m_parts;
    QScrollArea* m_scroll;
    PersonSection* m_person = nullptr;
    ConcernSection* m_concern = nullptr;
    OutcomesSection* m_outcomes = nullptr;
    ConversationsSection* m_conversations = nullptr;
    PlanSection* m_plan = nullptr;
    NotesSection* m_notes = nullptr;
    ClosingSection* m_closing = nullptr;
    PromptsPanel* m_prompts;
    QPushButton* m_writeLetter = nullptr;
    CapacitySection* m_capacity = nullptr;
    AdvocacySection* m_advocacy = nullptr;
    RiskEnablementSection* m_risk = nullptr;
    SupervisionSection* m_supervision = nullptr;
    DraftDesk* m_drafts = nullptr;
    int m_made = 0; // parts made so far, in the order of Part
    QTimer m_making;
};

} // namespace alongside::ui
