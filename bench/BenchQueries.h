#pragma once

// The SQL both sides run, as one text each, so driver and raw SQLCipher execute identical
// statements. The caseload query is not here: it is captured from CaseloadRepository itself
// (see StatementCapture), so it is always the repository's current text.

namespace alongside::bench {

inline constexpr char kCaseHeaderSql[] =
    "SELECT c.id, c.person_id, c.reference, c.stage, c.concern_received_on, c.closed_on,"
    " c.created_at, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.created_at"
    " FROM safeguarding_case c JOIN person p ON p.id = c.person_id WHERE c.id = ?";

inline constexpr char kCaseNotesSql[] = "SELECT id, case_id, written_at, author, body FROM case_note"
                                        " WHERE case_id = ? ORDER BY written_at, id";

inline constexpr char kNotesPerStageSql[] =
    "SELECT c.stage, count(*) FROM case_note n JOIN safeguarding_case c ON c.id = n.case_id"
    " GROUP BY c.stage ORDER BY c.stage";

// The first query after opening.
inline constexpr char kFirstQuerySql[] = "SELECT count(*) FROM safeguarding_case";

inline constexpr char kInsertPersonSql[] =
    "INSERT INTO person (given_name, family_name, preferred_name, date_of_birth, created_at)"
    " VALUES (?, ?, ?, ?, ?)";
inline constexpr char kInsertCaseSql[] =
    "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, closed_on,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?)";
inline constexpr char kInsertNoteSql[] =
    "INSERT INTO case_note (case_id, written_at, author, body) VALUES (?, ?, ?, ?)";

} // namespace alongside::bench
