#pragma once

#include "model/EasyReadLetter.h"
#include "rules/PlainLanguageCheck.h"

#include <QTextEdit>
#include <QTimer>

#include <vector>

namespace alongside::ui {

// One sentence of the letter, as the person will read it. The practitioner's sentences are
// editable and checked by core's plain-language check a moment after typing stops: the words
// it notices are underlined softly, and hovering shows why and what to try. It never stops
// anyone typing or printing. The person's own words are shown but not editable and not
// checked: they are quoted as they were said.
class SentenceEdit : public QTextEdit {
    Q_OBJECT

public:
    // `reader`: who the letter is for, so a sentence about them ("Tom sorted it") is noticed.
    explicit SentenceEdit(const core::LetterSentence& sentence, const core::PlainLanguageReader& reader = {},
                          QWidget* parent = nullptr);

    // The id of the finding that marks a sentence still in words written for colleagues.
    static constexpr const char* kWorkerTextRule = "worker-text";

    bool isOwnWords() const { return m_ownWords; }
    // Copied from text written for colleagues and not rewritten since: the letter cannot be
    // approved while any sentence is (core's letterReadiness).
    bool isWorkerText() const;
    QString sentenceText() const;
    const std::vector<core::PlainLanguageFinding>& findings() const { return m_findings; }
    // Runs the check now rather than after the pause (tests, and when the letter opens).
    void checkNow();
    // The sentence printed after this one: a hard word ("advocate") explained there is
    // explained, as the easy-read rules allow.
    void setFollowing(const SentenceEdit* following) { m_following = following; }
    // Puts the cursor over a finding's words, so the practitioner can change them.
    void selectRange(int start, int length);
    void setLargePrint(bool large);
    void setPaper(const QColor& paper);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sentenceEdited(const QString& text);
    void findingsChanged();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFindings();
    void followApplicationFont();
    void fitHeight();
    QString explain(const core::PlainLanguageFinding& finding) const;

    bool m_ownWords;
    QString m_copiedFrom;
    QString m_suggestion;
    core::PlainLanguageReader m_reader;
    const SentenceEdit* m_following = nullptr;
    bool m_largePrint = false;
    QTimer m_pause;
    std::vector<core::PlainLanguageFinding> m_findings;
};

} // namespace alongside::ui
