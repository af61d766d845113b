#include "letters/LetterEditor.h"

#include "application/LetterFiles.h"
#include "application/LetterService.h"
#include "common/GentleNote.h"
#include "common/HeadingLabel.h"
#include "common/ScreenFit.h"
#include "common/TabOrder.h"
#include "documents/EasyReadLetterBuilder.h"
#include "letters/LetterBlockEditor.h"
#include "letters/LetterFindingsPanel.h"
#include "letters/LetterHistoryList.h"
#include "letters/LetterOutput.h"
#include "letters/LetterReviewBar.h"
#include "letters/LetterSideColumn.h"
#include "letters/SafeToSendPanel.h"
#include "letters/SentenceEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <functional>

namespace alongside::ui {

namespace {
const QColor kWhitePaper(Qt::white);
const QColor kPaleYellowPaper(0xff, 0xf9, 0xd9); // the easy-read "pale yellow" tint, as printed

core::LetterService letterService(const CaseAccess& access)
{
    return access.records().letterService();
}

} // namespace

LetterEditor::LetterEditor(const CaseAccess& access, qint64 caseId, QWidget* parent)
    : QDialog(parent),
      m_access(access),
      m_caseId(caseId),
      m_title(new HeadingLabel(QString(), HeadingLabel::Level::Page, this)),
      m_intro(new QLabel(this)),
      m_contactMissing(new GentleNote(this)),
      m_largePrint(new QCheckBox(tr("&Large print (20 point)"), this)),
      m_paleYellow(new QCheckBox(tr("Pale &yellow paper"), this)),
      m_scroll(new QScrollArea(this)),
      m_side(new LetterSideColumn(this)),
      m_findings(m_side->findings()),
      m_safeToSend(m_side->safeToSend()),
      m_history(m_side->history()),
      m_bar(new LetterReviewBar(this)),
      m_progress(m_bar->progress()),
      m_readAll(m_bar->readAll()),
      m_status(m_bar->status()),
      m_saveDraft(m_bar->saveDraft()),
      m_approve(m_bar->approve()),
      m_print(m_bar->print()),
      m_pdf(m_bar->pdf()),
      m_html(m_bar->html()),
      m_close(m_bar->closeButton()),
      m_output(new LetterOutput(this))
{
    setObjectName(QStringLiteral("letterEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    fitToScreen(this, QSize(1200, 840));

    m_title->setObjectName(QStringLiteral("letterTitle"));
    m_intro->setObjectName(QStringLiteral("letterIntro"));
    m_intro->setWordWrap(true);
    m_contactMissing->setObjectName(QStringLiteral("contactMissing"));
    m_largePrint->setObjectName(QStringLiteral("largePrint"));
    m_largePrint->setAccessibleName(tr("Large print, 20 point"));
    m_paleYellow->setObjectName(QStringLiteral("paleYellowPaper"));
    m_paleYellow->setAccessibleName(tr("Pale yellow paper"));
    m_scroll->setObjectName(QStringLiteral("letterScroll"));
    m_scroll->setAccessibleName(tr("The letter, as it will be printed"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the letter; the view follows the focus

    auto* options = new QHBoxLayout;
    options->setSpacing(18);
    options->addWidget(m_largePrint);
    options->addWidget(m_paleYellow);
    options->addStretch(1);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_scroll, 1);
    body->addWidget(m_side);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_contactMissing);
    layout->addLayout(options);
    layout->addLayout(body, 1);
    layout->addWidget(m_bar);

    connect(m_largePrint, &QCheckBox::toggled, this, &LetterEditor::showOptions);
    connect(m_paleYellow, &QCheckBox::toggled, this, &LetterEditor::showOptions);
    connect(m_readAll, &QCheckBox::toggled, this, [this](bool on) {
        for (LetterBlockEditor* block : m_blocks)
            block->setReviewed(on);
        reviewChanged();
    });
    connect(m_saveDraft, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            m_status->say(tr("Saved. It will be here when you open the letter again."));
    });
    connect(m_approve, &QPushButton::clicked, this, &LetterEditor::approve);
    connect(m_safeToSend, &SafeToSendPanel::answered, this, &LetterEditor::recordDelivery);
    // Only an approved letter leaves, and only as its route allows (the short one for posting).
    const auto sending = [this](const std::function<void(const core::EasyReadLetter&)>& send) {
        return [this, send] {
            if (saveDraft() && m_approved)
                send(letterToSend());
            updateButtons();
        };
    };
    connect(m_print, &QPushButton::clicked, this,
            sending([this](const core::EasyReadLetter& letter) { m_output->printPreview(letter); }));
    connect(m_pdf, &QPushButton::clicked, this,
            sending([this](const core::EasyReadLetter& letter) { m_output->savePdf(letter); }));
    connect(m_html, &QPushButton::clicked, this,
            sending([this](const core::EasyReadLetter& letter) { m_output->saveHtml(letter); }));
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_output, &LetterOutput::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->say(tr("Saving the PDF…"));
        updateButtons();
    });
    // Said once, with the file's name: unlike the store, the saved file is not encrypted.
    connect(m_output, &LetterOutput::saved, this, [this](const QString& path) {
        QString said =
            tr("Saved as %1. %2").arg(QDir::toNativeSeparators(path), core::letterFileNotEncrypted());
        if (m_delivery && m_delivery->postedWhereOthersRead())
            said += u' ' + tr("This is the short letter for posting; give the full letter in person.");
        m_status->say(said);
    });
    connect(m_output, &LetterOutput::failed, this, [this](const QString& why) {
        m_status->say(tr("The letter could not be saved there. %1").arg(why));
    });

    load();
}

LetterEditor::~LetterEditor() = default;

LetterEditor* LetterEditor::openFor(const CaseAccess& access, qint64 caseId, QWidget* parent)
{
    for (LetterEditor* open : parent->findChildren<LetterEditor*>()) {
        if (open->caseId() == caseId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* editor = new LetterEditor(access, caseId, parent);
    editor->show();
    return editor;
}

void LetterEditor::load()
{
    const std::optional<core::LetterToEdit> edit = letterService(m_access).letterToEdit(m_caseId);
    if (edit) {
        m_letterId = edit->letterId;
        m_letter = edit->letter;
        m_approved = edit->approved;
    }
    m_delivery = edit ? edit->delivery : std::nullopt;
    m_safeToSend->showAnswer(m_delivery, m_letter.recipientName, edit ? edit->address : QString());
    if (edit && edit->letterId != 0) {
        QString intro = tr("Carried on from the letter saved %1. Read each part, change what needs "
                           "changing, then approve it.")
                            .arg(QLocale().toString(edit->savedAt, QStringLiteral("d MMMM yyyy, HH:mm")));
        if (edit->contactRedrafted)
            intro += u' '
                + tr("Your contact details have changed since, so “Who we are” and “Who to contact” "
                     "were written again: read them again.");
        m_intro->setText(intro);
    } else {
        m_intro->setText(tr("Built from the case. Read each part, change what needs changing, then "
                            "approve it. Nothing is printed or saved until you have."));
    }
    m_contactMissing->say(edit ? core::contactProblem(edit->problems) : QString());
    setWindowTitle(tr("Letter to %1").arg(m_letter.recipientName));
    m_title->setText(tr("A letter to %1").arg(m_letter.recipientName));
    {
        const QSignalBlocker quietSize(m_largePrint);
        const QSignalBlocker quietTint(m_paleYellow);
        m_largePrint->setChecked(m_letter.largePrint);
        m_paleYellow->setChecked(m_letter.tint == core::PaperTint::PaleYellow);
    }
    m_scroll->setWidget(buildLetter());
    showOptions();
    for (SentenceEdit* sentence : sentences())
        sentence->checkNow();
    refreshFindings();
    reviewChanged();
    // As loaded (a new letter is saved on its first save all the same); redrafted contact
    // details are a change to keep.
    m_dirty = edit && edit->contactRedrafted;
    if (m_approved)
        m_status->say(tr("This letter is approved. You can print it or save it."));
    refreshHistory();

    // Tab follows the page: the options, the letter top to bottom, the suggestions and what
    // happened to the letter, then review.
    chainTabs(QList<QWidget*>{m_largePrint, m_paleYellow} + tabStopsAsLaidOut(m_scroll->widget())
              + QList<QWidget*>{m_safeToSend->route(), m_safeToSend->othersMayRead(), m_safeToSend->note(),
                                m_findings->list(), m_history, m_readAll, m_saveDraft, m_approve, m_print,
                                m_pdf, m_html, m_close});
}

QWidget* LetterEditor::buildLetter()
{
    m_blocks.clear();
    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("letterColumn"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(2, 0, 12, 16);
    layout->setSpacing(10);
    for (const core::LetterSection& section : m_letter.sections) {
        auto* heading = new HeadingLabel(section.heading, HeadingLabel::Level::Section, column);
        heading->setObjectName(QStringLiteral("letterSectionHeading"));
        layout->addSpacing(6);
        layout->addWidget(heading);
        for (const core::LetterBlock& block : section.blocks) {
            auto* editor = new LetterBlockEditor(block, m_letter.practitionerPicture,
                                                 core::PlainLanguageReader{m_letter.readerNames}, column);
            connect(editor, &LetterBlockEditor::edited, this, &LetterEditor::edited);
            connect(editor, &LetterBlockEditor::reviewChanged, this, &LetterEditor::reviewChanged);
            connect(editor, &LetterBlockEditor::findingsChanged, this, &LetterEditor::refreshFindings);
            layout->addWidget(editor);
            m_blocks.push_back(editor);
        }
    }
    layout->addStretch(1);
    return column;
}

std::vector<SentenceEdit*> LetterEditor::sentences() const
{
    std::vector<SentenceEdit*> all;
    for (const LetterBlockEditor* block : m_blocks)
        all.insert(all.end(), block->sentences().begin(), block->sentences().end());
    return all;
}

core::EasyReadLetter LetterEditor::currentLetter() const
{
    core::EasyReadLetter letter = m_letter;
    std::size_t next = 0;
    for (core::LetterSection& section : letter.sections) {
        for (core::LetterBlock& block : section.blocks) {
            if (next < m_blocks.size())
                block = m_blocks[next++]->block();
            // A sentence emptied on purpose is left out, not printed as a blank line.
            std::erase_if(block.sentences, [](const core::LetterSentence& sentence) {
                return sentence.text.trimmed().isEmpty();
            });
        }
    }
    letter.largePrint = m_largePrint->isChecked();
    letter.tint = m_paleYellow->isChecked() ? core::PaperTint::PaleYellow : core::PaperTint::White;
    return letter;
}

void LetterEditor::setFileChooser(std::shared_ptr<LetterFileChooser> chooser)
{
    m_output->setFileChooser(std::move(chooser));
}

bool LetterEditor::saveDraft()
{
    if (!m_dirty && m_letterId != 0)
        return true;
    core::LetterService letters = letterService(m_access);
    const core::LetterWriteResult result = letters.save(m_letterId, currentLetter());
    if (!result.ok()) {
        m_status->say(result.error);
        return false;
    }
    m_letterId = result.id;
    m_dirty = false;
    if (!result.note.isEmpty())
        m_status->say(result.note);
    // The store decides whether the approval still stands (a changed text clears it).
    const std::optional<core::SavedLetter> saved = letters.find(m_letterId);
    m_approved = saved && saved->approved();
    updateButtons();
    refreshHistory();
    return true;
}

void LetterEditor::done(int result)
{
    // Closing, or the window locking: what was typed is kept in the (encrypted) store.
    saveDraft();
    QDialog::done(result);
}

void LetterEditor::edited()
{
    m_dirty = true;
    if (m_approved) {
        m_approved = false;
        m_status->say(tr("You changed the letter after approving it. Read the changed part again, then "
                         "approve the letter again before printing."));
    }
    updateButtons();
}

void LetterEditor::reviewChanged()
{
    m_dirty = true;
    const core::EasyReadLetter letter = currentLetter();
    m_progress->setText(
        tr("%1 of %2 sentences read").arg(letter.reviewedSentenceCount()).arg(letter.sentenceCount()));
    const QSignalBlocker quiet(m_readAll);
    m_readAll->setChecked(letter.everySentenceReviewed());
    updateButtons();
}

void LetterEditor::approve()
{
    if (!saveDraft())
        return;
    core::LetterService letters = letterService(m_access);
    const core::LetterWriteResult result = letters.approve(m_letterId);
    if (!result.ok()) {
        m_status->say(result.error);
        return;
    }
    const std::optional<core::SavedLetter> saved = letters.find(m_letterId);
    m_approved = saved && saved->approved();
    if (m_approved)
        m_status->say(tr("Approved by %1 at %2. You can print it or save it now.")
                          .arg(saved->approvedBy,
                               QLocale().toString(saved->approvedAt.time(), QStringLiteral("HH:mm"))));
    updateButtons();
    refreshHistory();
}

void LetterEditor::recordDelivery(const core::LetterDelivery& delivery)
{
    if (!saveDraft())
        return;
    const core::LetterWriteResult result = letterService(m_access).recordDelivery(m_letterId, delivery);
    if (!result.ok()) {
        m_status->say(result.error);
        return;
    }
    m_delivery = delivery;
    refreshHistory();
}

void LetterEditor::refreshHistory()
{
    m_history->showEntries(m_letterId == 0 ? std::vector<core::HistoryEntry>{}
                                           : letterService(m_access).history(m_letterId));
}

core::EasyReadLetter LetterEditor::letterToSend() const
{
    return core::LetterService::letterForItsRoute(currentLetter(), m_delivery);
}

void LetterEditor::refreshFindings()
{
    m_findings->showFindings(sentences());
}

void LetterEditor::showOptions()
{
    const QColor paper = m_paleYellow->isChecked() ? kPaleYellowPaper : kWhitePaper;
    for (LetterBlockEditor* block : m_blocks) {
        block->setLargePrint(m_largePrint->isChecked());
        block->setPaper(paper);
    }
    m_dirty = true;
}

void LetterEditor::updateButtons()
{
    const bool everyRead = currentLetter().everySentenceReviewed();
    const bool busy = m_output->isBusy();
    m_approve->setEnabled(everyRead && !m_approved);
    for (QPushButton* send : {m_print, m_pdf, m_html})
        send->setEnabled(m_approved && everyRead && !busy);
    const QString why = m_approved ? QString()
        : everyRead                ? tr("Approve the letter first.")
                                   : tr("Read every sentence and approve the letter first.");
    for (QPushButton* send : {m_print, m_pdf, m_html})
        send->setToolTip(why);
}

} // namespace alongside::ui
