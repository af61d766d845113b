#include "team/TeamMembersModel.h"

#include "common/DisplayFormats.h"
#include "keys/KeyFingerprint.h"

namespace alongside::ui {

TeamMembersModel::TeamMembersModel(QObject* parent) : QAbstractTableModel(parent)
{}

void TeamMembersModel::setKeys(std::vector<core::TeamMemberKey> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

const core::TeamMemberKey* TeamMembersModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_keys.size()) ? &m_keys[std::size_t(row)] : nullptr;
}

int TeamMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int TeamMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamMembersModel::data(const QModelIndex& index, int role) const
{
    const core::TeamMemberKey* key = keyAt(index.row());
    if (!key || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        return key->keys.name.isEmpty() ? tr("(no name given)") : key->keys.name;
    case Role:
        return key->keys.role;
    case Fingerprint:
        return role == Qt::AccessibleTextRole ? core::spokenFingerprint(key->fingerprint) : key->fingerprint;
    case Trusted:
        return tr("%1 by %2").arg(shortDate(key->trustedAt.date()), key->trustedBy);
    case Status:
        if (!key->revoked())
            return tr("Trusted");
        return key->revokedReason.isEmpty()
            ? tr("Revoked %1 by %2").arg(shortDate(key->revokedAt.date()), key->revokedBy)
            : tr("Revoked %1 by %2: %3")
                  .arg(shortDate(key->revokedAt.date()), key->revokedBy, key->revokedReason);
    default:
        return {};
    }
}

QVariant TeamMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Fingerprint:
        return tr("Fingerprint");
    case Trusted:
        return tr("Trusted on");
    case Status:
        return tr("Now");
    default:
        return {};
    }
}

} // namespace alongside::ui
