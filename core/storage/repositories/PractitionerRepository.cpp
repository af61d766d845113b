#include "storage/repositories/PractitionerRepository.h"

#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

PractitionerRepository::PractitionerRepository(QSqlDatabase db) : m_db(std::move(db))
{}

std::optional<PractitionerContact> PractitionerRepository::find() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT name, role, team, phone, picture, email FROM practitioner_contact WHERE id = 1"))
        || !query.next())
        return std::nullopt;
    PractitionerContact contact;
    contact.name = query.value(0).toString();
    contact.role = query.value(1).toString();
    contact.team = query.value(2).toString();
    contact.phone = query.value(3).toString();
    contact.picture = query.value(4).toByteArray();
    contact.email = query.value(5).toString();
    return contact;
}

bool PractitionerRepository::save(const PractitionerContact& contact, const QDateTime& at)
{
    if (contact.name.trimmed().isEmpty())
        return false;
    // SQLite 3.15 has no UPSERT; REPLACE is one atomic statement for the single row.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO practitioner_contact"
        " (id, name, role, team, phone, picture, email, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(contact.name.simplified());
    query.addBindValue(stored::text(contact.role));
    query.addBindValue(stored::text(contact.team));
    query.addBindValue(stored::text(contact.phone));
    query.addBindValue(contact.picture.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : contact.picture);
    query.addBindValue(stored::text(contact.email));
    query.addBindValue(stored::moment(at));
    return query.exec();
}

} // namespace alongside::core
