#include "demo/DemoCaseload.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace alongside::core {

namespace {

struct DemoPerson {
    const char* given;
    const char* family;
    const char* preferred; // nullptr: uses given name
    const char* born;
};

struct DemoCase {
    int person;
    const char* stage;
    int daysAgo;
    int closedDaysAgo; // -1 while open
    std::array<const char*, 3> notes;
};

constexpr std::array<DemoPerson, 6> kPeople = {{
    {"Doris", "Example", nullptr, "1938-04-12"},
    {"Samuel", "Sample", "Sam", "1961-09-30"},
    {"Priya", "Placeholder", nullptr, "1990-01-17"},
    {"Tomasz", "Testcase", "Tom", "1974-06-02"},
    {"Grace", "Fictional", nullptr, "1952-11-23"},
    {"Eric", "Madeup", nullptr, "1983-03-08"},
}};

constexpr std::array<DemoCase, 6> kCases = {{
    {0, "Enquiry", 9, -1,
     {"Concern from home care agency: money missing from purse after visits.",
      "Visited Doris at home, spoke with her alone. She said: \"I just want it to stop, and I don't want to get anyone into trouble.\"",
      "Agreed with Doris that we will speak to the agency manager together."}},
    {1, "Concern", 1, -1,
     {"Concern raised by GP practice nurse: Sam has not been collecting his medication.",
      nullptr, nullptr}},
    {2, "Enquiry", 23, -1,
     {"Concern from college tutor about a new 'boyfriend' taking Priya's benefits.",
      "Met Priya at college with her chosen supporter. She said: \"I want to keep my own bank card.\"",
      "Advocacy referral discussed; Priya would like her aunt to support her."}},
    {3, "Closed", 70, 12,
     {"Concern from neighbour about hoarding and a fire risk in the flat.",
      "Tom said: \"It's my home and my things, but I don't want a fire.\"",
      "Fire service home safety visit completed; Tom feels safer. Case closed with his agreement."}},
    {4, "Enquiry", 40, -1,
     {"Concern from care home: bruising noticed on Grace's arms.",
      "Grace was seen with her daughter present; a visit to see her alone is booked.",
      nullptr}},
    {5, "Concern", 3, -1,
     {"Concern from police after a call-out: Eric's brother may be taking his money.",
      nullptr, nullptr}},
}};

QString isoDaysBefore(const QDate& today, int days)
{
    return today.addDays(-days).toString(Qt::ISODate);
}

} // namespace

bool populateDemoCaseload(QSqlDatabase db, const QDate& today)
{
    if (!db.transaction())
        return false;
    QSqlQuery person(db);
    QSqlQuery safeguardingCase(db);
    QSqlQuery note(db);
    person.prepare(QStringLiteral("INSERT INTO person (given_name, family_name, preferred_name, date_of_birth, created_at)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    safeguardingCase.prepare(QStringLiteral(
        "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, closed_on, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    note.prepare(QStringLiteral("INSERT INTO case_note (case_id, written_at, author, body) VALUES (?, ?, ?, ?)"));

    const QString created = today.toString(Qt::ISODate);
    std::array<qint64, kPeople.size()> personIds{};
    bool ok = true;
    for (std::size_t i = 0; ok && i < kPeople.size(); ++i) {
        const DemoPerson& p = kPeople[i];
        person.addBindValue(QString::fromUtf8(p.given));
        person.addBindValue(QString::fromUtf8(p.family));
        person.addBindValue(p.preferred ? QVariant(QString::fromUtf8(p.preferred)) : QVariant(QMetaType::fromType<QString>()));
        person.addBindValue(QString::fromUtf8(p.born));
        person.addBindValue(created);
        ok = person.exec();
        personIds[i] = person.lastInsertId().toLongLong();
    }
    int number = 1;
    for (const DemoCase& c : kCases) {
        if (!ok)
            break;
        safeguardingCase.addBindValue(personIds[static_cast<std::size_t>(c.person)]);
        safeguardingCase.addBindValue(QStringLiteral("DEMO-%1").arg(number++, 3, 10, QLatin1Char('0')));
        safeguardingCase.addBindValue(QString::fromUtf8(c.stage));
        safeguardingCase.addBindValue(isoDaysBefore(today, c.daysAgo));
        safeguardingCase.addBindValue(c.closedDaysAgo < 0 ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(isoDaysBefore(today, c.closedDaysAgo)));
        safeguardingCase.addBindValue(created);
        ok = safeguardingCase.exec();
        const qint64 caseId = safeguardingCase.lastInsertId().toLongLong();
        int day = c.daysAgo;
        for (const char* body : c.notes) {
            if (!ok || !body)
                continue;
            note.addBindValue(caseId);
            note.addBindValue(isoDaysBefore(today, day) + QStringLiteral("T10:00:00"));
            note.addBindValue(QStringLiteral("Demo Practitioner"));
            note.addBindValue(QString::fromUtf8(body));
            ok = note.exec();
            day = std::max(0, day - 2);
        }
    }
    person.finish();
    safeguardingCase.finish();
    note.finish();
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace alongside::core
