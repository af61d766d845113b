#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Reflective supervision: sessions (who sat together, when), a note per case talked about
// with answers to the reflective prompts, actions agreed (shown in the caseload until done),
// and managers' sign-off of risk-enablement and wishes-override decisions. A sign-off is kept
// exactly as given: triggers refuse UPDATE and DELETE; a new sign-off supersedes an old one.
// Sign-offs name their subject by kind and id rather than by foreign key, because the two
// subject tables (step 4) are separate; the repository checks the subject belongs to the case.
// clang-format off
Migration schemaStep6Supervision()
{
    return {6, QStringLiteral("reflective supervision, agreed actions and manager sign-off"), {
        QStringLiteral(
            "CREATE TABLE supervision_session ("
            " id INTEGER PRIMARY KEY,"
            " held_on TEXT NOT NULL,"
            " practitioner TEXT NOT NULL,"
            " team_leader TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX supervision_session_by_day ON supervision_session(held_on)"),
        QStringLiteral(
            "CREATE TABLE reflective_note ("
            " id INTEGER PRIMARY KEY,"
            " session_id INTEGER NOT NULL REFERENCES supervision_session(id),"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " written_at TEXT NOT NULL,"
            " written_by TEXT NOT NULL,"
            " UNIQUE (session_id, case_id))"),
        QStringLiteral("CREATE INDEX reflective_note_by_case ON reflective_note(case_id)"),
        QStringLiteral(
            "CREATE TABLE reflective_answer ("
            " note_id INTEGER NOT NULL REFERENCES reflective_note(id) ON DELETE CASCADE,"
            " prompt TEXT NOT NULL,"
            " position INTEGER NOT NULL,"
            " answer TEXT NOT NULL,"
            " PRIMARY KEY (note_id, prompt))"),
        QStringLiteral(
            "CREATE TABLE supervision_action ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " note_id INTEGER REFERENCES reflective_note(id) ON DELETE SET NULL,"
            " what TEXT NOT NULL,"
            " owner TEXT NOT NULL,"
            " due_on TEXT,"
            " done_on TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX supervision_action_by_case ON supervision_action(case_id, done_on, due_on)"),
        QStringLiteral(
            "CREATE TABLE manager_signoff ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id),"
            " subject_kind TEXT NOT NULL CHECK (subject_kind IN ('risk-enablement', 'wishes-override')),"
            " subject_id INTEGER NOT NULL,"
            " signed_by TEXT NOT NULL,"
            " role TEXT NOT NULL,"
            " signed_on TEXT NOT NULL,"
            " comment TEXT,"
            " supersedes INTEGER REFERENCES manager_signoff(id),"
            " recorded_by TEXT NOT NULL,"
            " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX manager_signoff_by_subject ON manager_signoff(subject_kind, subject_id, id)"),
        QStringLiteral("CREATE INDEX manager_signoff_by_case ON manager_signoff(case_id)"),
        QStringLiteral("CREATE TRIGGER manager_signoff_is_kept_as_given BEFORE UPDATE ON manager_signoff"
                       " BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be changed; add a new one'); END"),
        QStringLiteral("CREATE TRIGGER manager_signoff_is_never_removed BEFORE DELETE ON manager_signoff"
                       " BEGIN SELECT RAISE(ABORT, 'a sign-off cannot be removed'); END"),
    }};
}
// clang-format on

} // namespace alongside::core
