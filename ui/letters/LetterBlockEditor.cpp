#include "letters/LetterBlockEditor.h"

#include "letters/PictureChooser.h"
#include "letters/SentenceEdit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QString opening(const core::LetterBlock& block)
{
    const QString first = block.sentences.empty() ? QString() : block.sentences.front().text;
    return first.size() > 60 ? first.left(57) + QStringLiteral("…") : first;
}
} // namespace

LetterBlockEditor::LetterBlockEditor(const core::LetterBlock& block, const QByteArray& practitionerPicture,
                                     const core::PlainLanguageReader& reader, QWidget* parent)
    : QFrame(parent),
      m_block(block),
      m_picture(new PictureChooser(block.pictogram, practitionerPicture, this)),
      m_read(new QCheckBox(tr("I have read this"), this))
{
    setObjectName(QStringLiteral("letterBlock"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("QFrame#letterBlock { border: 1px solid palette(mid); border-radius: 6px; }"));

    auto* words = new QVBoxLayout;
    words->setSpacing(4);
    for (std::size_t index = 0; index < m_block.sentences.size(); ++index) {
        auto* sentence = new SentenceEdit(m_block.sentences[index], reader, this);
        connect(sentence, &SentenceEdit::sentenceEdited, this,
                [this, index](const QString& text) { sentenceEdited(index, text); });
        connect(sentence, &SentenceEdit::findingsChanged, this, &LetterBlockEditor::findingsChanged);
        words->addWidget(sentence);
        m_sentences.push_back(sentence);
        if (QPushButton* offer = suggestionButton(m_block.sentences[index], sentence))
            words->addWidget(offer, 0, Qt::AlignLeft);
    }
    for (std::size_t index = 0; index + 1 < m_sentences.size(); ++index)
        m_sentences[index]->setFollowing(m_sentences[index + 1]);
    m_read->setObjectName(QStringLiteral("blockRead"));
    m_read->setAccessibleName(tr("I have read this part: %1").arg(opening(m_block)));
    words->addWidget(m_read, 0, Qt::AlignLeft);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->setSpacing(14);
    layout->addWidget(m_picture, 0, Qt::AlignTop);
    layout->addLayout(words, 1);

    showReviewed();
    connect(m_read, &QCheckBox::toggled, this, [this](bool on) {
        for (core::LetterSentence& sentence : m_block.sentences)
            sentence.reviewed = on;
        emit reviewChanged();
    });
    connect(m_picture, &PictureChooser::pictureChosen, this, [this](const QString& pictogram) {
        m_block.pictogram = pictogram;
        emit edited();
    });
}

QPushButton* LetterBlockEditor::suggestionButton(const core::LetterSentence& sentence, SentenceEdit* edit)
{
    // Words written for colleagues come with a first draft for the person: one click puts it
    // in the sentence, to read and change like any other. The offer goes once it is rewritten.
    if (sentence.suggestion.isEmpty() || !edit->isWorkerText())
        return nullptr;
    auto* offer = new QPushButton(tr("Use: “%1”").arg(sentence.suggestion), this);
    offer->setObjectName(QStringLiteral("useSuggestion"));
    offer->setAccessibleName(tr("Use the suggested wording: %1").arg(sentence.suggestion));
    offer->setFlat(true);
    offer->setCursor(Qt::PointingHandCursor);
    const QString suggestion = sentence.suggestion;
    connect(offer, &QPushButton::clicked, edit, [edit, suggestion] {
        edit->setPlainText(suggestion);
        edit->checkNow();
        edit->setFocus(Qt::OtherFocusReason);
    });
    connect(edit, &SentenceEdit::sentenceEdited, offer,
            [offer, edit] { offer->setVisible(edit->isWorkerText()); });
    return offer;
}

bool LetterBlockEditor::isReviewed() const
{
    for (const core::LetterSentence& sentence : m_block.sentences) {
        if (!sentence.reviewed)
            return false;
    }
    return true;
}

void LetterBlockEditor::setReviewed(bool reviewed)
{
    m_read->setChecked(reviewed);
    // toggled() is not emitted when the box already showed this, but the sentences may differ.
    for (core::LetterSentence& sentence : m_block.sentences)
        sentence.reviewed = reviewed;
}

void LetterBlockEditor::sentenceEdited(std::size_t index, const QString& text)
{
    const bool wasReviewed = m_block.sentences[index].reviewed;
    m_block.sentences[index].setText(text);
    emit edited();
    if (wasReviewed && !m_block.sentences[index].reviewed) {
        showReviewed();
        emit reviewChanged();
    }
}

void LetterBlockEditor::showReviewed()
{
    const QSignalBlocker quiet(m_read);
    m_read->setChecked(isReviewed());
}

void LetterBlockEditor::setLargePrint(bool large)
{
    for (SentenceEdit* sentence : m_sentences)
        sentence->setLargePrint(large);
}

void LetterBlockEditor::setPaper(const QColor& paper)
{
    for (SentenceEdit* sentence : m_sentences)
        sentence->setPaper(paper);
}

} // namespace alongside::ui
