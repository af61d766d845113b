#pragma once

#include "casefile/CaseAccess.h"
#include "model/EasyReadLetter.h"
#include "model/LetterDelivery.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace alongside::ui {

class GentleNote;
class HeadingLabel;
class LetterBlockEditor;
class LetterFileChooser;
class LetterFindingsPanel;
class LetterHistoryList;
class LetterOutput;
class LetterReviewBar;
class LetterSideColumn;
class SafeToSendPanel;
class SentenceEdit;

// The easy-read letter to the person, built from the case by core and shown as it will be
// printed: section by section, each idea a picture on the left and sentences on the right.
// The practitioner edits any sentence (core's plain-language check runs as they type), ticks
// each part as read — or "I have read every sentence" — and approves it. Only an approved
// letter can be printed or saved as a PDF or web page: nothing the person reads is sent
// unseen. A change after approval takes the approval away until it is given again.
// Saved through core's LetterRepository; the last letter for the case reopens where it was.
class LetterEditor : public QDialog {
    Q_OBJECT

public:
    LetterEditor(const CaseAccess& access, qint64 caseId, QWidget* parent = nullptr);
    ~LetterEditor() override;

    // Shows the letter editor for this case (the one already open, or a new one).
    static LetterEditor* openFor(const CaseAccess& access, qint64 caseId, QWidget* parent);

    qint64 caseId() const { return m_caseId; }
    qint64 letterId() const { return m_letterId; }
    bool isApproved() const { return m_approved; }
    // The letter as it stands on screen, edits and ticks included.
    core::EasyReadLetter currentLetter() const;
    void setFileChooser(std::shared_ptr<LetterFileChooser> chooser);
    // Saves what is on screen (without approving). False if the store refused it.
    bool saveDraft();

    const std::vector<LetterBlockEditor*>& blocks() const { return m_blocks; }
    std::vector<SentenceEdit*> sentences() const;
    LetterFindingsPanel* findings() const { return m_findings; }
    SafeToSendPanel* safeToSend() const { return m_safeToSend; }
    LetterHistoryList* history() const { return m_history; }
    LetterOutput* output() const { return m_output; }
    QCheckBox* readEverySentence() const { return m_readAll; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* htmlButton() const { return m_html; }
    GentleNote* status() const { return m_status; }

public slots:
    void done(int result) override;

private:
    void load();
    QWidget* buildLetter();
    void edited();
    void reviewChanged();
    void approve();
    void recordDelivery(const core::LetterDelivery& delivery);
    void refreshHistory();
    // The letter as it may leave by the route recorded for it.
    core::EasyReadLetter letterToSend() const;
    void refreshFindings();
    void showOptions();
    void updateButtons();

    const CaseAccess& m_access;
    const qint64 m_caseId;
    qint64 m_letterId = 0;
    core::EasyReadLetter m_letter; // sections and blocks as loaded; blocks' edits live in m_blocks
    bool m_approved = false;
    bool m_dirty = false;
    std::vector<LetterBlockEditor*> m_blocks;
    HeadingLabel* m_title;
    QLabel* m_intro;
    GentleNote* m_contactMissing;
    QCheckBox* m_largePrint;
    QCheckBox* m_paleYellow;
    QScrollArea* m_scroll;
    LetterSideColumn* m_side;
    LetterFindingsPanel* m_findings;
    SafeToSendPanel* m_safeToSend;
    LetterHistoryList* m_history;
    std::optional<core::LetterDelivery> m_delivery;
    LetterReviewBar* m_bar;
    QLabel* m_progress;
    QCheckBox* m_readAll;
    GentleNote* m_status;
    QPushButton* m_saveDraft;
    QPushButton* m_approve;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_html;
    QPushButton* m_close;
    LetterOutput* m_output;
};

} // namespace alongside::ui
