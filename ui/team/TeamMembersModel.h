#pragma once

#include "model/TeamMemberKey.h"

#include <QAbstractTableModel>

#include <vector>

namespace alongside::ui {

// Colleagues' keys this store trusts, for the table in Team members and keys: who, their
// fingerprint, who trusted them when, and whether they were revoked.
class TeamMembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Role, Fingerprint, Trusted, Status, ColumnCount };

    explicit TeamMembersModel(QObject* parent = nullptr);
    void setKeys(std::vector<core::TeamMemberKey> keys);
    const core::TeamMemberKey* keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::TeamMemberKey> m_keys;
};

} // namespace alongside::ui
