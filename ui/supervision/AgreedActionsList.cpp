#include "supervision/AgreedActionsList.h"

#include "common/DisplayFormats.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QVariantMap>

namespace alongside::ui {

namespace {
const QString kWhat = QStringLiteral("what");
const QString kOwner = QStringLiteral("owner");
const QString kDue = QStringLiteral("due");
} // namespace

AgreedActionsList::AgreedActionsList(QWidget* parent)
    : QWidget(parent), m_lines(new QVBoxLayout(this)), m_nothing(new QLabel(tr("Nothing agreed yet."), this))
{
    setObjectName(QStringLiteral("agreedActions"));
    setAccessibleName(tr("What we agreed"));
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(4);
    m_lines->addWidget(m_nothing);
}

void AgreedActionsList::showStored(const core::SupervisionAction& action)
{
    ++m_stored;
    showLine(action, false);
}

void AgreedActionsList::agree(const core::SupervisionAction& action)
{
    m_pending.push_back(action);
    showLine(action, true);
    emit pendingChanged();
}

void AgreedActionsList::showLine(const core::SupervisionAction& action, bool pending)
{
    m_nothing->hide();
    QString text = tr("%1 — %2, by %3").arg(action.what, action.owner, shortDate(action.dueOn));
    if (action.isDone())
        text += tr(" (done %1)").arg(shortDate(action.doneOn));
    auto* line = new QLabel(text, this);
    line->setObjectName(QStringLiteral("agreedAction"));
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    m_lines->addWidget(line);
    if (pending)
        m_pendingLines.push_back(line);
}

QVariantList AgreedActionsList::pendingActions() const
{
    QVariantList actions;
    for (const core::SupervisionAction& action : m_pending)
        actions.append(QVariantMap{
            {kWhat, action.what}, {kOwner, action.owner}, {kDue, action.dueOn.toString(Qt::ISODate)}});
    return actions;
}

void AgreedActionsList::setPendingActions(const QVariantList& actions)
{
    for (QLabel* line : m_pendingLines)
        delete line;
    m_pendingLines.clear();
    m_pending.clear();
    for (const QVariant& kept : actions) {
        const QVariantMap fields = kept.toMap();
        core::SupervisionAction action;
        action.what = fields.value(kWhat).toString();
        action.owner = fields.value(kOwner).toString();
        action.dueOn = QDate::fromString(fields.value(kDue).toString(), Qt::ISODate);
        if (action.what.isEmpty())
            continue;
        m_pending.push_back(action);
        showLine(action, true);
    }
    m_nothing->setVisible(m_stored == 0 && m_pending.empty());
    emit pendingChanged();
}

} // namespace alongside::ui
