#include "supervision/SupervisionAgendaModel.h"

#include "common/SoftDot.h"

#include <QFontMetrics>

namespace alongside::ui {

SupervisionAgendaModel::SupervisionAgendaModel(QObject* parent) : QStandardItemModel(parent)
{}

void SupervisionAgendaModel::setAgenda(const std::vector<core::SupervisionGroup>& groups)
{
    clear();
    for (const core::SupervisionGroup& group : groups) {
        const int count = static_cast<int>(group.items.size());
        // A count to help find your way, not a score: "none just now" rather than a zero.
        const QString text = count == 0 ? tr("%1 — none just now").arg(group.heading)
            : count == 1                ? tr("%1 — 1 case").arg(group.heading)
                                        : tr("%1 — %2 cases").arg(group.heading).arg(count);
        auto* heading = new QStandardItem(text);
        heading->setEditable(false);
        heading->setSelectable(count > 0);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        // A little room above each heading, so the groups read as separate conversations.
        heading->setSizeHint(QSize(0, QFontMetrics(bold).lineSpacing() * 2));
        for (const core::SupervisionItem& item : group.items) {
            auto* row = new QStandardItem(item.sentence);
            row->setEditable(false);
            row->setIcon(softDotIcon());
            row->setToolTip(
                tr("%1 · %2 — press Enter to open the case here").arg(item.personName, item.reference));
            row->setData(item.caseId, CaseIdRole);
            row->setData(static_cast<int>(item.place), PlaceRole);
            row->setData(item.personName, PersonRole);
            heading->appendRow(row);
        }
        appendRow(heading);
    }
}

qint64 SupervisionAgendaModel::caseIdOf(const QModelIndex& index)
{
    return index.data(CaseIdRole).toLongLong();
}

std::optional<core::CasePlace> SupervisionAgendaModel::placeOf(const QModelIndex& index)
{
    const QVariant place = index.data(PlaceRole);
    if (!place.isValid())
        return std::nullopt;
    return static_cast<core::CasePlace>(place.toInt());
}

} // namespace alongside::ui
