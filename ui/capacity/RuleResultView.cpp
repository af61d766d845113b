#include "capacity/RuleResultView.h"

#include "common/Card.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QString pointsHtml(const QString& heading, const core::CitedPoints& points)
{
    if (points.empty())
        return QString();
    QString html = QStringLiteral("<p style='margin-top:6px; margin-bottom:2px'><b>%1</b></p><ul "
                                  "style='margin-top:0; margin-left:14px; -qt-list-indent:0'>")
                       .arg(heading.toHtmlEscaped());
    for (const core::CitedPoint& point : points) {
        html += QStringLiteral("<li>%1").arg(point.text.toHtmlEscaped());
        if (!point.citation.isEmpty())
            html += QStringLiteral(" <span style='color:#4a5a66'><i>(%1)</i></span>")
                        .arg(point.citation.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}
} // namespace

RuleResultView::RuleResultView(const QString& title, QWidget* parent)
    : QFrame(parent),
      m_title(new QLabel(title, this)),
      m_answer(new QLabel(this)),
      m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleResult"));
    setFrameShape(QFrame::StyledPanel);
    // A soft, cool panel: it informs, it does not alarm.
    setProperty("ruleResult", true); // the style follows the panel whatever its object name
    setStyleSheet(
        QStringLiteral("QFrame[ruleResult=\"true\"] { background: #eef4f8; border: 1px solid #c5d6e2; "
                       "border-radius: 6px; } QLabel { color: #1d2a33; background: transparent; }"));
    m_title->setObjectName(QStringLiteral("ruleResultTitle"));
    m_answer->setObjectName(QStringLiteral("ruleResultAnswer"));
    m_details->setObjectName(QStringLiteral("ruleResultDetails"));
    QFont bold = m_answer->font();
    bold.setBold(true);
    m_answer->setFont(bold);
    for (QLabel* label : {m_title, m_answer, m_details}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_title->setTextFormat(Qt::PlainText);
    m_answer->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_answer);
    layout->addWidget(m_details);
}

void RuleResultView::showResult(const QString& answer, const core::RuleResult& result)
{
    m_answer->setText(answer);
    QString html;
    if (!result.rule.isEmpty())
        html += QStringLiteral("<p style='margin:0'>%1 <i>(%2)</i></p>")
                    .arg(result.rule.toHtmlEscaped(), result.citation.toHtmlEscaped());
    html += pointsHtml(tr("Why"), result.reasons);
    html += pointsHtml(tr("Still to find out or record"), result.missing);
    html += pointsHtml(tr("For your judgement — consider and record"), result.prompts);
    html += pointsHtml(tr("Worth a second look"), result.flags);
    m_details->setText(html);
    setAccessibleName(m_title->text() + QStringLiteral(": ") + answer);
    setAccessibleDescription(plainText());
}

QString RuleResultView::answer() const
{
    return m_answer->text();
}

QString RuleResultView::plainText() const
{
    QTextDocument document;
    document.setHtml(m_details->text());
    return m_answer->text() + QLatin1Char('\n') + document.toPlainText();
}

} // namespace alongside::ui
