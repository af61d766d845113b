#pragma once

#include "rules/SupervisionAgenda.h"

#include <QStandardItemModel>

namespace alongside::ui {

// The supervision agenda as a tree: a heading per topic with how many cases are under it,
// and under each heading one plain sentence per case. Rows hold the case and the place in
// the case where the topic is worked on.
class SupervisionAgendaModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Role { CaseIdRole = Qt::UserRole + 1, PlaceRole, PersonRole };

    explicit SupervisionAgendaModel(QObject* parent = nullptr);
    void setAgenda(const std::vector<core::SupervisionGroup>& groups);

    static qint64 caseIdOf(const QModelIndex& index);
    static std::optional<core::CasePlace> placeOf(const QModelIndex& index);
};

} // namespace alongside::ui
