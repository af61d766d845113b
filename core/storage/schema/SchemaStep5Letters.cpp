#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Easy-read outcome letters (issue 5). The practitioner's contact details are printed in
// every letter's "who to contact" section, so they are kept once per store (one row). A saved
// letter is the edited letter as JSON (model/EasyReadLetterJson.h), so what was reviewed is
// exactly what prints later; approved_at/approved_by are set only when the practitioner has
// reviewed every sentence, and cleared when the letter is edited again.
// Timestamps are yyyy-MM-ddTHH:mm:ss.
// clang-format off
Migration schemaStep5Letters()
{
    return {5, QStringLiteral("easy-read letters and the practitioner's contact details"), {
        QStringLiteral(
            "CREATE TABLE practitioner_contact ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " name TEXT NOT NULL,"
            " role TEXT,"
            " team TEXT,"
            " phone TEXT,"
            " picture BLOB,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE easy_read_letter ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " body TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " approved_at TEXT,"
            " approved_by TEXT,"
            " CHECK ((approved_at IS NULL) = (approved_by IS NULL)))"),
        QStringLiteral("CREATE INDEX easy_read_letter_by_case ON easy_read_letter(case_id, updated_at)"),
    }};
}
// clang-format on

} // namespace alongside::core
