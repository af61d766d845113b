#include "letters/SentenceEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QTextBlock>
#include <QToolTip>
#include <QtMath>

namespace alongside::ui {

namespace {
constexpr int kPauseMs = 400; // long enough not to flicker while typing, short enough to feel live
const QColor kFindingUnderline(0xb7, 0x79, 0x00); // warm amber: a nudge, not an error
const QColor kFindingBackground(0xfd, 0xf1, 0xd0);
} // namespace

SentenceEdit::SentenceEdit(const core::LetterSentence& sentence, const core::PlainLanguageReader& reader,
                           QWidget* parent)
    : QTextEdit(parent),
      m_ownWords(sentence.ownWords),
      m_copiedFrom(sentence.copiedFrom),
      m_suggestion(sentence.suggestion),
      m_reader(reader)
{
    setObjectName(m_ownWords ? QStringLiteral("ownWordsSentence") : QStringLiteral("letterSentence"));
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setPlainText(sentence.text);
    if (m_ownWords) {
        // Quoted exactly as they said it: the practitioner reads it, but does not "correct" it.
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        setAccessibleName(tr("In their own words: %1").arg(sentence.text));
        setStyleSheet(
            QStringLiteral("QTextEdit#ownWordsSentence { border: none; border-left: 4px solid #8fb3a8; "
                           "padding-left: 8px; }"));
    } else {
        setAccessibleName(tr("Sentence: %1").arg(sentence.text));
    }
    followApplicationFont();

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SentenceEdit::checkNow);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        fitHeight();
        if (m_ownWords)
            return;
        setAccessibleName(tr("Sentence: %1").arg(sentenceText()));
        emit sentenceEdited(sentenceText());
        m_pause.start();
    });
}

QString SentenceEdit::sentenceText() const
{
    return toPlainText().simplified();
}

bool SentenceEdit::isWorkerText() const
{
    core::LetterSentence sentence;
    sentence.text = toPlainText();
    sentence.copiedFrom = m_copiedFrom;
    return sentence.isWorkerText();
}

void SentenceEdit::checkNow()
{
    m_pause.stop();
    m_findings.clear();
    if (!m_ownWords) {
        // Checked with the next sentence after it, keeping only what is found in this one.
        const QString own = toPlainText();
        const QString next = m_following ? m_following->toPlainText() : QString();
        for (const core::PlainLanguageFinding& finding :
             core::checkPlainLanguage(next.isEmpty() ? own : own + u'\n' + next, m_reader)) {
            if (finding.start < own.size())
                m_findings.push_back(finding);
        }
    }
    if (isWorkerText()) {
        // First in the list: unlike the suggestions, this one stops the letter being approved.
        core::PlainLanguageFinding copied;
        copied.length = static_cast<int>(toPlainText().size());
        copied.ruleId = QString::fromLatin1(kWorkerTextRule);
        copied.reason = tr("Written for colleagues, not for the person who will read it.");
        copied.suggestion = m_suggestion.isEmpty()
            ? tr("Rewrite it for them, saying “you”, for example “The fire service will visit you to check "
                 "your smoke alarms.”")
            : tr("“%1”, or your own words for them, saying “you”.").arg(m_suggestion);
        copied.rule = tr("Easy read: text written for colleagues is rewritten for the letter, saying "
                         "“you”, before it is sent.");
        m_findings.insert(m_findings.begin(), copied);
    }
    showFindings();
    emit findingsChanged();
}

void SentenceEdit::showFindings()
{
    QList<QTextEdit::ExtraSelection> marks;
    QStringList described;
    for (const core::PlainLanguageFinding& finding : m_findings) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(finding.start);
        mark.cursor.setPosition(finding.start + finding.length, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(kFindingUnderline);
        mark.format.setBackground(kFindingBackground);
        marks << mark;
        described << explain(finding);
    }
    setExtraSelections(marks);
    // Screen readers get the same help a mouse user gets from the tooltip.
    setAccessibleDescription(described.join(u'\n'));
}

QString SentenceEdit::explain(const core::PlainLanguageFinding& finding) const
{
    if (finding.suggestion.isEmpty())
        return finding.reason;
    return tr("%1 Try: %2").arg(finding.reason, finding.suggestion);
}

void SentenceEdit::selectRange(int start, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(qMin(start, document()->characterCount() - 1));
    cursor.setPosition(qMin(start + length, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

void SentenceEdit::setLargePrint(bool large)
{
    m_largePrint = large;
    followApplicationFont();
}

void SentenceEdit::setPaper(const QColor& paper)
{
    QPalette colours = palette();
    colours.setColor(QPalette::Base, paper);
    colours.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a)); // dark on light, as printed
    setPalette(colours);
}

bool SentenceEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        followApplicationFont();
    if (event->type() == QEvent::ToolTip) {
        // The reason and suggestion for the words under the mouse.
        auto* help = static_cast<QHelpEvent*>(event);
        const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        for (const core::PlainLanguageFinding& finding : m_findings) {
            if (position >= finding.start && position <= finding.start + finding.length) {
                QToolTip::showText(help->globalPos(), explain(finding), this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QTextEdit::event(event);
}

void SentenceEdit::keyPressEvent(QKeyEvent* event)
{
    // One sentence per box: Enter moves on to the next one rather than breaking the line.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        focusNextChild();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void SentenceEdit::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void SentenceEdit::followApplicationFont()
{
    QFont font = QApplication::font();
    const double scale = m_largePrint ? 1.45 : 1.15; // the printed 20 pt and 16 pt, roughly, on screen
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    setFont(font);
    document()->setDefaultFont(font);
    fitHeight();
}

void SentenceEdit::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    // Whatever surrounds the text (frame, style sheet border and padding) stays as it is.
    const int chrome = qMax(0, height() - viewport()->height());
    const int wanted = qMax(qCeil(document()->size().height()), fontMetrics().height() + 4) + chrome;
    if (wanted != height())
        setFixedHeight(wanted);
}

QSize SentenceEdit::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), height()};
}

QSize SentenceEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, height()};
}

} // namespace alongside::ui
