#include "capacity/LegalRecordCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

LegalRecordCard::LegalRecordCard(const QString& objectName, const QString& title, const QStringList& details,
                                 QWidget* parent)
    : Card(objectName, parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("recordTitle"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    content()->addWidget(heading);
    for (const QString& line : details) {
        if (line.isEmpty())
            continue;
        auto* label = new QLabel(line, this);
        label->setObjectName(QStringLiteral("recordDetail"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        makeQuiet(label);
        content()->addWidget(label);
    }
}

QPushButton* LegalRecordCard::addButton(const QString& text, const QString& accessibleName)
{
    auto* row = qobject_cast<QHBoxLayout*>(content()->itemAt(content()->count() - 1)->layout());
    if (!row) {
        row = new QHBoxLayout;
        row->addStretch(1);
        content()->addLayout(row);
    }
    auto* button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    row->insertWidget(row->count() - 1, button);
    return button;
}

} // namespace alongside::ui
