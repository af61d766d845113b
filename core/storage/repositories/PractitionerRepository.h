#pragma once

#include "model/PractitionerContact.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace alongside::core {

// Who is writing (table practitioner_contact, one row per store): asked at first run and in
// Settings, read by the history, sign-offs and letters.
class PractitionerRepository {
public:
    explicit PractitionerRepository(QSqlDatabase db);

    // Nothing until the practitioner has said who they are.
    std::optional<PractitionerContact> find() const;
    // Refuses (false, nothing written) without a name: the record must be able to say who.
    bool save(const PractitionerContact& contact, const QDateTime& at);

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
