#include "common/FlagList.h"

#include "common/SoftDot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace alongside::ui {

FlagList::FlagList(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("flagList"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    setFlags({});
}

void FlagList::setFlags(const std::vector<core::CaseFlag>& flags)
{
    // Rebuilt whole: a case has at most a handful of flags.
    delete m_body;
    m_body = new QWidget(this);
    m_layout->addWidget(m_body);
    auto* rows = new QVBoxLayout(m_body);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    m_count = static_cast<int>(flags.size());
    if (flags.empty()) {
        auto* calm = new QLabel(tr("Nothing that Making Safeguarding Personal expects is missing."), m_body);
        calm->setObjectName(QStringLiteral("flagListNothingMissing"));
        calm->setWordWrap(true);
        rows->addWidget(calm);
        return;
    }
    const int dotSize = qMax(10, fontMetrics().height() / 2);
    for (const core::CaseFlag& flag : flags) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        auto* dot = new QLabel(m_body);
        dot->setPixmap(softDot(dotSize, devicePixelRatioF()));
        dot->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        dot->setContentsMargins(0, fontMetrics().height() / 4, 0, 0);
        dot->setAccessibleName(tr("Worth a look"));
        auto* sentence = new QLabel(flag.text, m_body);
        sentence->setObjectName(QStringLiteral("flagSentence"));
        sentence->setWordWrap(true);
        sentence->setTextFormat(Qt::PlainText);
        row->addWidget(dot, 0, Qt::AlignTop);
        row->addWidget(sentence, 1);
        rows->addLayout(row);
    }
}

} // namespace alongside::ui
