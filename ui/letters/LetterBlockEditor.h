#pragma once

#include "model/EasyReadLetter.h"
#include "rules/PlainLanguageCheck.h"

#include <QFrame>

#include <vector>

class QCheckBox;
class QPushButton;

namespace alongside::ui {

class PictureChooser;
class SentenceEdit;

// One idea of the letter, laid out as it will be printed: the picture on the left, the
// sentences on the right, and "I have read this" under them. Changing a sentence clears its
// tick (core's LetterSentence::setText): what changed has to be read again.
class LetterBlockEditor : public QFrame {
    Q_OBJECT

public:
    LetterBlockEditor(const core::LetterBlock& block, const QByteArray& practitionerPicture,
                      const core::PlainLanguageReader& reader, QWidget* parent = nullptr);

    const core::LetterBlock& block() const { return m_block; }
    bool isReviewed() const;
    void setReviewed(bool reviewed);
    const std::vector<SentenceEdit*>& sentences() const { return m_sentences; }
    PictureChooser* picture() const { return m_picture; }
    QCheckBox* readBox() const { return m_read; }
    void setLargePrint(bool large);
    void setPaper(const QColor& paper);

signals:
    void edited();          // the words or the picture changed
    void reviewChanged();   // a tick was given or taken away
    void findingsChanged(); // the plain-language check has something new to say (or less)

private:
    void sentenceEdited(std::size_t index, const QString& text);
    QPushButton* suggestionButton(const core::LetterSentence& sentence, SentenceEdit* edit);
    void showReviewed();

    core::LetterBlock m_block;
    PictureChooser* m_picture;
    std::vector<SentenceEdit*> m_sentences;
    QCheckBox* m_read;
};

} // namespace alongside::ui
