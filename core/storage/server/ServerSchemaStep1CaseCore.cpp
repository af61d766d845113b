#include "storage/server/ServerSchema.h"

namespace alongside::core {

namespace {

// Every table that holds case records, with the parent its team comes from (table, column,
// what the parent is called in a refusal). A row's team is always its case's: a trigger copies
// it from the parent, read through the writer's own row-level security, so a row can only be
// added beneath a record its writer can see.
struct TeamOwned {
    const char* table;
    const char* parent;
    const char* parentColumn;
    const char* parentName;
};

const TeamOwned kTeamOwned[] = {
    {"person", nullptr, nullptr, nullptr},
    {"safeguarding_case", "person", "person_id", "person"},
    {"important_person", "person", "person_id", "person"},
    {"legal_representative", "person", "person_id", "person"},
    {"case_note", "safeguarding_case", "case_id", "case"},
    {"concern", "safeguarding_case", "case_id", "case"},
    {"concern_risk_type", "safeguarding_case", "case_id", "case"},
    {"concern_risk_location", "safeguarding_case", "case_id", "case"},
    {"concern_risk_source", "safeguarding_case", "case_id", "case"},
    {"section42_decision", "safeguarding_case", "case_id", "case"},
    {"conversation", "safeguarding_case", "case_id", "case"},
    {"persons_words", "conversation", "conversation_id", "conversation"},
    {"desired_outcome", "safeguarding_case", "case_id", "case"},
    {"outcome_revision", "desired_outcome", "outcome_id", "outcome"},
    {"outcome_achievement", "desired_outcome", "outcome_id", "outcome"},
    {"plan_action", "safeguarding_case", "case_id", "case"},
    {"closure", "safeguarding_case", "case_id", "case"},
    {"record_history", "safeguarding_case", "case_id", "case"},
};

} // namespace

// clang-format off
ServerSchemaStep serverSchemaStep1CaseCore()
{
    ServerSchemaStep step{1, QStringLiteral("teams, row-level security and the case core"), {
        // Who may see which team's records. IT keeps these rows (as the owner role); a login
        // sees only its own memberships.
        QStringLiteral("CREATE TABLE alongside.team (name text PRIMARY KEY CHECK (name <> ''))"),
        QStringLiteral(
            "CREATE TABLE alongside.membership ("
            " login name NOT NULL,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " PRIMARY KEY (login, team))"),
        QStringLiteral("ALTER TABLE alongside.membership ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY own_memberships ON alongside.membership USING (login = session_user)"),
        // The login's teams. session_user is the role that signed in: SET ROLE cannot change it,
        // and nothing the client sends can, unlike a setting or an application_name.
        QStringLiteral(
            "CREATE FUNCTION alongside.my_teams() RETURNS SETOF text LANGUAGE sql STABLE"
            " SET search_path = alongside, pg_catalog AS"
            " $$ SELECT team FROM membership WHERE login = session_user $$"),
        QStringLiteral(
            "CREATE FUNCTION alongside.login_team() RETURNS text LANGUAGE plpgsql STABLE"
            " SET search_path = alongside, pg_catalog AS $$"
            " DECLARE teams text[];"
            " BEGIN"
            "  SELECT array_agg(team ORDER BY team) INTO teams FROM membership WHERE login = session_user;"
            "  IF teams IS NULL THEN"
            "   RAISE EXCEPTION 'The login % is not a member of any team in this database: ask IT to add it.', session_user"
            "    USING ERRCODE = '42501';"
            "  END IF;"
            "  IF array_length(teams, 1) > 1 THEN"
            "   RAISE EXCEPTION 'The login % is a member of several teams (%), so a new person cannot be given one.',"
            "    session_user, array_to_string(teams, ', ') USING ERRCODE = '42501';"
            "  END IF;"
            "  RETURN teams[1];"
            " END $$"),
        QStringLiteral(
            "CREATE FUNCTION alongside.team_from_parent() RETURNS trigger LANGUAGE plpgsql"
            " SET search_path = alongside, pg_catalog AS $$"
            " DECLARE parent_id bigint; parent_team text;"
            " BEGIN"
            "  IF TG_NARGS = 0 THEN"
            "   IF TG_OP = 'UPDATE' THEN NEW.team := OLD.team; ELSIF NEW.team IS NULL THEN NEW.team := login_team(); END IF;"
            "   RETURN NEW;"
            "  END IF;"
            "  parent_id := (to_jsonb(NEW) ->> TG_ARGV[1])::bigint;"
            "  IF parent_id IS NULL THEN"
            "   NEW.team := CASE WHEN TG_OP = 'UPDATE' THEN OLD.team ELSE login_team() END;"
            "   RETURN NEW;"
            "  END IF;"
            // Read as the writer, through row-level security: another team's record is not
            // there, and the refusal is the same as for one that never existed.
            "  EXECUTE format('SELECT team FROM %I WHERE id = $1', TG_ARGV[0]) INTO parent_team USING parent_id;"
            "  IF parent_team IS NULL THEN"
            "   RAISE EXCEPTION 'There is no % % in this store.', TG_ARGV[2], parent_id USING ERRCODE = '23503';"
            "  END IF;"
            "  NEW.team := parent_team;"
            "  RETURN NEW;"
            " END $$"),
        // Append-only, for everyone including the owner: rows and TRUNCATE are refused by the
        // table's own triggers; members are not granted UPDATE, DELETE or TRUNCATE either.
        QStringLiteral(
            "CREATE FUNCTION alongside.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN RAISE EXCEPTION '% cannot be changed (it only grows)', TG_ARGV[0] USING ERRCODE = '42501'; END $$"),
        // Who wrote a history entry is the login, set by the server (not what the client says).
        QStringLiteral(
            "CREATE FUNCTION alongside.history_login() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN NEW.login := session_user; RETURN NEW; END $$"),

        QStringLiteral(
            "CREATE TABLE alongside.person ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " given_name text NOT NULL,"
            " family_name text NOT NULL,"
            " preferred_name text,"
            " date_of_birth date,"
            " nhs_number text, address text, phone text, email text, language text,"
            " needs_interpreter smallint NOT NULL DEFAULT 0 CHECK (needs_interpreter IN (0, 1)),"
            " hearing_needs text, sight_needs text,"
            " learning_disability smallint NOT NULL DEFAULT 0 CHECK (learning_disability IN (0, 1)),"
            " preferred_way_of_talking text,"
            " gender text, ethnicity text, primary_support_reason text, autism_condition text,"
            " created_at timestamptz NOT NULL)"),
        // A reference is unique within its team only: a second team may use the same one, and
        // so can never learn from a refusal that another team has it.
        QStringLiteral(
            "CREATE TABLE alongside.safeguarding_case ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " person_id bigint NOT NULL REFERENCES alongside.person(id),"
            " reference text NOT NULL,"
            " stage text NOT NULL,"
            " concern_received_on date NOT NULL,"
            " closed_on date,"
            " created_at timestamptz NOT NULL,"
            " msp_asked text,"
            " lacked_capacity text,"
            " capacity_support text,"
            " UNIQUE (team, reference))"),
        QStringLiteral("CREATE INDEX safeguarding_case_by_person ON alongside.safeguarding_case(person_id)"),
        QStringLiteral(
            "CREATE TABLE alongside.important_person ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " person_id bigint NOT NULL REFERENCES alongside.person(id) ON DELETE CASCADE,"
            " name text NOT NULL, relationship text, involvement text NOT NULL, contact text)"),
        QStringLiteral("CREATE INDEX important_person_by_person ON alongside.important_person(person_id)"),
        QStringLiteral(
            "CREATE TABLE alongside.legal_representative ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " person_id bigint NOT NULL REFERENCES alongside.person(id) ON DELETE CASCADE,"
            " kind text NOT NULL, name text NOT NULL, contact text, covers text, authority_note text)"),
        QStringLiteral("CREATE INDEX legal_representative_by_person ON alongside.legal_representative(person_id)"),
        QStringLiteral(
            "CREATE TABLE alongside.conversation ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " held_at timestamptz NOT NULL,"
            " place text, present text,"
            " seen_alone smallint NOT NULL CHECK (seen_alone IN (0, 1)),"
            " not_alone_reason text,"
            " alone_planned_for date,"
            " took_part_how text, notes text, author text,"
            " written_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE INDEX conversation_by_case ON alongside.conversation(case_id, held_at)"),
        QStringLiteral(
            "CREATE TABLE alongside.case_note ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id),"
            " written_at timestamptz NOT NULL,"
            " author text NOT NULL,"
            " body text NOT NULL,"
            " addendum_to bigint REFERENCES alongside.case_note(id),"
            " about_conversation bigint REFERENCES alongside.conversation(id))"),
        QStringLiteral("CREATE INDEX case_note_by_case ON alongside.case_note(case_id, written_at)"),
        QStringLiteral(
            "CREATE TABLE alongside.concern ("
            " case_id bigint PRIMARY KEY REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " received_on date NOT NULL,"
            " received_time time,"
            " raised_by_role text, raised_by_name text, what_was_reported text,"
            " location_of_risk text, source_of_risk text,"
            " person_knows text NOT NULL, persons_view text,"
            " children_at_risk text NOT NULL, other_adults_at_risk text NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE alongside.concern_risk_type ("
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " position integer NOT NULL, risk_type text NOT NULL, PRIMARY KEY (case_id, risk_type),"
            " rowid bigint GENERATED ALWAYS AS IDENTITY)"),
        QStringLiteral(
            "CREATE TABLE alongside.concern_risk_location ("
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " position integer NOT NULL, location text NOT NULL, PRIMARY KEY (case_id, location),"
            " rowid bigint GENERATED ALWAYS AS IDENTITY)"),
        QStringLiteral(
            "CREATE TABLE alongside.concern_risk_source ("
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " position integer NOT NULL, source text NOT NULL, PRIMARY KEY (case_id, source),"
            " rowid bigint GENERATED ALWAYS AS IDENTITY)"),
        QStringLiteral(
            "CREATE TABLE alongside.section42_decision ("
            " case_id bigint PRIMARY KEY REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " care_needs text NOT NULL, care_needs_reason text,"
            " abuse_or_risk text NOT NULL, abuse_reason text,"
            " unable_to_protect text NOT NULL, unable_reason text,"
            " decision text NOT NULL, response_given text,"
            " decided_on date, decided_by text)"),
        QStringLiteral("CREATE INDEX section42_decision_by_day ON alongside.section42_decision(decided_on)"),
        QStringLiteral(
            "CREATE TABLE alongside.persons_words ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " conversation_id bigint NOT NULL REFERENCES alongside.conversation(id) ON DELETE CASCADE,"
            " position integer NOT NULL, words text NOT NULL)"),
        QStringLiteral("CREATE INDEX persons_words_by_conversation ON alongside.persons_words(conversation_id, position)"),
        QStringLiteral(
            "CREATE TABLE alongside.desired_outcome ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " voice text NOT NULL, position integer NOT NULL, letter_wording text)"),
        QStringLiteral("CREATE INDEX desired_outcome_by_case ON alongside.desired_outcome(case_id, position)"),
        QStringLiteral(
            "CREATE TABLE alongside.outcome_revision ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " outcome_id bigint NOT NULL REFERENCES alongside.desired_outcome(id) ON DELETE CASCADE,"
            " recorded_on date NOT NULL, wording text NOT NULL, context text)"),
        QStringLiteral("CREATE INDEX outcome_revision_by_outcome ON alongside.outcome_revision(outcome_id, id)"),
        QStringLiteral(
            "CREATE TABLE alongside.outcome_achievement ("
            " outcome_id bigint PRIMARY KEY REFERENCES alongside.desired_outcome(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " achieved text NOT NULL, why text, recorded_on date NOT NULL, letter_why text)"),
        QStringLiteral(
            "CREATE TABLE alongside.plan_action ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " case_id bigint NOT NULL REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " outcome_id bigint REFERENCES alongside.desired_outcome(id) ON DELETE SET NULL,"
            " who text NOT NULL, what text NOT NULL,"
            " due_on date, done_on date, letter_wording text,"
            " no_longer_needed_on date, ended_why text)"),
        QStringLiteral("CREATE INDEX plan_action_by_case ON alongside.plan_action(case_id, due_on)"),
        QStringLiteral(
            "CREATE TABLE alongside.closure ("
            " case_id bigint PRIMARY KEY REFERENCES alongside.safeguarding_case(id) ON DELETE CASCADE,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " closed_on date NOT NULL,"
            " feels_safer text NOT NULL, risk_assessment_outcome text, risk_outcome text, what_happens_next text,"
            " experience_answered_by text, listened_to text, involved text, letter_next text)"),
        // Append-only: who changed what, when, from what to what. `changed_by` is the name the
        // practitioner signs with; `login` is the role that signed in, set by the server.
        QStringLiteral(
            "CREATE TABLE alongside.record_history ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " team text NOT NULL REFERENCES alongside.team(name),"
            " case_id bigint,"
            " record text NOT NULL,"
            " record_id bigint,"
            " field text NOT NULL,"
            " old_value text,"
            " new_value text,"
            " changed_by text NOT NULL,"
            " changed_at timestamptz NOT NULL,"
            " login name NOT NULL DEFAULT session_user)"),
        QStringLiteral("CREATE INDEX record_history_by_case ON alongside.record_history(case_id, id)"),
        QStringLiteral("CREATE TRIGGER record_history_login BEFORE INSERT ON alongside.record_history"
                       " FOR EACH ROW EXECUTE FUNCTION alongside.history_login()"),
        QStringLiteral("CREATE TRIGGER record_history_is_append_only BEFORE UPDATE OR DELETE ON alongside.record_history"
                       " FOR EACH ROW EXECUTE FUNCTION alongside.refuse_change('the record history')"),
        QStringLiteral("CREATE TRIGGER record_history_is_never_truncated BEFORE TRUNCATE ON alongside.record_history"
                       " FOR EACH STATEMENT EXECUTE FUNCTION alongside.refuse_change('the record history')"),

        // The owner role owns the tables but is not a member of any team, and FORCE makes the
        // policies bind the owner too, so owning the tables does not mean reading the cases.
        QStringLiteral("GRANT USAGE ON SCHEMA alongside TO alongside_member"),
        QStringLiteral("GRANT SELECT ON alongside.team, alongside.membership, alongside.schema_version TO alongside_member"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION alongside.my_teams(), alongside.login_team() TO alongside_member"),
        QStringLiteral("REVOKE ALL ON FUNCTION alongside.refuse_change(), alongside.history_login(),"
                       " alongside.team_from_parent() FROM PUBLIC"),
    }};
    for (const TeamOwned& owned : kTeamOwned) {
        const QString table = QString::fromLatin1(owned.table);
        const QString trigger = owned.parent
            ? QStringLiteral("CREATE TRIGGER %1_team BEFORE INSERT OR UPDATE ON alongside.%1 FOR EACH ROW"
                             " EXECUTE FUNCTION alongside.team_from_parent('%2', '%3', '%4')")
                  .arg(table, QString::fromLatin1(owned.parent), QString::fromLatin1(owned.parentColumn),
                       QString::fromLatin1(owned.parentName))
            : QStringLiteral("CREATE TRIGGER %1_team BEFORE INSERT OR UPDATE ON alongside.%1 FOR EACH ROW"
                             " EXECUTE FUNCTION alongside.team_from_parent()")
                  .arg(table);
        // The uid a record travels by between stores (the store file's schema step 15: 32 hex
        // digits), unique within its team only, so importing a case another team holds is not
        // refused and reveals nothing.
        step.statements << QStringLiteral("ALTER TABLE alongside.%1 ADD COLUMN uid text NOT NULL"
                                          " DEFAULT replace(gen_random_uuid()::text, '-', '')")
                               .arg(table)
                        << QStringLiteral("CREATE UNIQUE INDEX %1_by_uid ON alongside.%1(team, uid)").arg(table);
        step.statements << trigger
                        << QStringLiteral("CREATE INDEX %1_by_team ON alongside.%1(team)").arg(table)
                        << QStringLiteral("ALTER TABLE alongside.%1 ENABLE ROW LEVEL SECURITY").arg(table)
                        << QStringLiteral("ALTER TABLE alongside.%1 FORCE ROW LEVEL SECURITY").arg(table)
                        << QStringLiteral("CREATE POLICY team_members ON alongside.%1"
                                          " USING (team IN (SELECT alongside.my_teams()))"
                                          " WITH CHECK (team IN (SELECT alongside.my_teams()))")
                               .arg(table);
        step.statements << (table == QLatin1String("record_history")
                                ? QStringLiteral("GRANT SELECT, INSERT ON alongside.record_history TO alongside_member")
                                : QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON alongside.%1 TO alongside_member")
                                      .arg(table));
    }
    // The store a case was started in (the store file's store id; empty for a case begun here).
    step.statements << QStringLiteral("ALTER TABLE alongside.safeguarding_case ADD COLUMN origin_store text");
    step.statements << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA alongside TO alongside_member");
    return step;
}
// clang-format on

} // namespace alongside::core
