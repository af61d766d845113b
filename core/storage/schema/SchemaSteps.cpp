#include "storage/schema/SchemaSteps.h"

#include "storage/driver/CipherSettings.h"

namespace alongside::core {

// clang-format off
std::vector<Migration> schemaSteps()
{
    std::vector<Migration> steps;

    steps.push_back({1, QStringLiteral("people, cases and case notes"), {
        QStringLiteral("PRAGMA application_id = %1").arg(kAlongsideApplicationId),
        QStringLiteral(
            "CREATE TABLE person ("
            " id INTEGER PRIMARY KEY,"
            " given_name TEXT NOT NULL,"
            " family_name TEXT NOT NULL,"
            " preferred_name TEXT,"
            " date_of_birth TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE safeguarding_case ("
            " id INTEGER PRIMARY KEY,"
            " person_id INTEGER NOT NULL REFERENCES person(id),"
            " reference TEXT NOT NULL UNIQUE,"
            " stage TEXT NOT NULL,"
            " concern_received_on TEXT NOT NULL,"
            " closed_on TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX safeguarding_case_by_person ON safeguarding_case(person_id)"),
        QStringLiteral(
            "CREATE TABLE case_note ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id),"
            " written_at TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_note_by_case ON case_note(case_id, written_at)"),
    }});

    // Text being typed is saved here as the practitioner writes and before the store locks,
    // so a flat battery or an auto-lock loses at most a few seconds, and never to clear text.
    steps.push_back({2, QStringLiteral("drafts of unsaved text"), {
        QStringLiteral(
            "CREATE TABLE draft ("
            " draft_key TEXT PRIMARY KEY,"
            " body TEXT NOT NULL,"
            " saved_at TEXT NOT NULL)"),
    }});


    // The case journey (Making Safeguarding Personal): who the person is and how they
    // communicate, the concern and the s.42 decision, their desired outcomes with every
    // revision, conversations with their own words, the plan, closure, an append-only history
    // of changes, and full-text search (FTS4: what Debian's SQLCipher 3.4 has).
    steps.push_back({3, QStringLiteral("the case journey"), {
        QStringLiteral("ALTER TABLE person ADD COLUMN nhs_number TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN address TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN phone TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN email TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN language TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN needs_interpreter INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE person ADD COLUMN hearing_needs TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN sight_needs TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN learning_disability INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE person ADD COLUMN preferred_way_of_talking TEXT"),
        QStringLiteral(
            "CREATE TABLE important_person ("
            " id INTEGER PRIMARY KEY,"
            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL,"
            " relationship TEXT,"
            " involvement TEXT NOT NULL,"
            " contact TEXT)"),
        QStringLiteral("CREATE INDEX important_person_by_person ON important_person(person_id)"),
        QStringLiteral(
            "CREATE TABLE legal_representative ("
            " id INTEGER PRIMARY KEY,"
            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " contact TEXT)"),
        QStringLiteral("CREATE INDEX legal_representative_by_person ON legal_representative(person_id)"),
        QStringLiteral("ALTER TABLE safeguarding_case ADD COLUMN msp_asked TEXT"),
        QStringLiteral(
            "CREATE TABLE concern ("
            " case_id INTEGER PRIMARY KEY REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " received_on TEXT NOT NULL,"
            " received_time TEXT,"
            " raised_by_role TEXT,"
            " raised_by_name TEXT,"
            " what_was_reported TEXT,"
            " location_of_risk TEXT,"
            " source_of_risk TEXT,"
            " person_knows TEXT NOT NULL,"
            " persons_view TEXT,"
            " children_at_risk TEXT NOT NULL,"
            " other_adults_at_risk TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE concern_risk_type ("
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " risk_type TEXT NOT NULL,"
            " PRIMARY KEY (case_id, risk_type))"),
        QStringLiteral(
            "CREATE TABLE section42_decision ("
            " case_id INTEGER PRIMARY KEY REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " care_needs TEXT NOT NULL, care_needs_reason TEXT,"
            " abuse_or_risk TEXT NOT NULL, abuse_reason TEXT,"
            " unable_to_protect TEXT NOT NULL, unable_reason TEXT,"
            " decision TEXT NOT NULL,"
            " response_given TEXT,"
            " decided_on TEXT,"
            " decided_by TEXT)"),
        QStringLiteral(
            "CREATE TABLE conversation ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " held_at TEXT NOT NULL,"
            " place TEXT,"
            " present TEXT,"
            " seen_alone INTEGER NOT NULL,"
            " not_alone_reason TEXT,"
            " alone_planned_for TEXT,"
            " took_part_how TEXT,"
            " notes TEXT,"
            " author TEXT,"
            " written_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX conversation_by_case ON conversation(case_id, held_at)"),
        QStringLiteral(
            "CREATE TABLE persons_words ("
            " id INTEGER PRIMARY KEY,"
            " conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " words TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX persons_words_by_conversation ON persons_words(conversation_id, position)"),
        QStringLiteral(
            "CREATE TABLE desired_outcome ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " voice TEXT NOT NULL,"
            " position INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX desired_outcome_by_case ON desired_outcome(case_id, position)"),
        QStringLiteral(
            "CREATE TABLE outcome_revision ("
            " id INTEGER PRIMARY KEY,"
            " outcome_id INTEGER NOT NULL REFERENCES desired_outcome(id) ON DELETE CASCADE,"
            " recorded_on TEXT NOT NULL,"
            " wording TEXT NOT NULL,"
            " context TEXT)"),
        QStringLiteral("CREATE INDEX outcome_revision_by_outcome ON outcome_revision(outcome_id, id)"),
        QStringLiteral(
            "CREATE TABLE outcome_achievement ("
            " outcome_id INTEGER PRIMARY KEY REFERENCES desired_outcome(id) ON DELETE CASCADE,"
            " achieved TEXT NOT NULL,"
            " why TEXT,"
            " recorded_on TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE plan_action ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " outcome_id INTEGER REFERENCES desired_outcome(id) ON DELETE SET NULL,"
            " who TEXT NOT NULL,"
            " what TEXT NOT NULL,"
            " due_on TEXT,"
            " done_on TEXT)"),
        QStringLiteral("CREATE INDEX plan_action_by_case ON plan_action(case_id, due_on)"),
        QStringLiteral(
            "CREATE TABLE closure ("
            " case_id INTEGER PRIMARY KEY REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " closed_on TEXT NOT NULL,"
            " feels_safer TEXT NOT NULL,"
            " risk_assessment_outcome TEXT,"
            " risk_outcome TEXT,"
            " what_happens_next TEXT)"),
        QStringLiteral("ALTER TABLE case_note ADD COLUMN addendum_to INTEGER REFERENCES case_note(id)"),
        // Append-only: who changed what, when, from what to what.
        QStringLiteral(
            "CREATE TABLE record_history ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER,"
            " record TEXT NOT NULL,"
            " record_id INTEGER,"
            " field TEXT NOT NULL,"
            " old_value TEXT,"
            " new_value TEXT,"
            " changed_by TEXT NOT NULL,"
            " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX record_history_by_case ON record_history(case_id, id)"),
        QStringLiteral("CREATE TRIGGER record_history_is_append_only_update BEFORE UPDATE ON record_history"
                       " BEGIN SELECT RAISE(ABORT, 'the record history cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER record_history_is_append_only_delete BEFORE DELETE ON record_history"
                       " BEGIN SELECT RAISE(ABORT, 'the record history cannot be changed'); END"),
        // Full-text search over people, notes, conversations and the person's own words.
        // `source` names the row a hit came from; case_id finds the case.
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts4(case_id, source, body, notindexed=case_id, notindexed=source, tokenize=unicode61)"),
        // Each indexed row's docid is its own id * 8 + a per-source number, so triggers can
        // update and delete by docid (fast) rather than by a scan of the index.
        QStringLiteral("CREATE TRIGGER case_search_note_added AFTER INSERT ON case_note BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body) VALUES (new.id * 8 + 1, new.case_id, 'note', new.body); END"),
        QStringLiteral("CREATE TRIGGER case_search_note_changed AFTER UPDATE OF body ON case_note BEGIN"
                       " UPDATE case_search SET body = new.body WHERE docid = new.id * 8 + 1; END"),
        QStringLiteral("CREATE TRIGGER case_search_note_removed AFTER DELETE ON case_note BEGIN"
                       " DELETE FROM case_search WHERE docid = old.id * 8 + 1; END"),
        QStringLiteral("CREATE TRIGGER case_search_conversation_added AFTER INSERT ON conversation BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body) VALUES (new.id * 8 + 2, new.case_id, 'conversation', coalesce(new.notes, '')); END"),
        QStringLiteral("CREATE TRIGGER case_search_conversation_changed AFTER UPDATE OF notes ON conversation BEGIN"
                       " UPDATE case_search SET body = coalesce(new.notes, '') WHERE docid = new.id * 8 + 2; END"),
        QStringLiteral("CREATE TRIGGER case_search_conversation_removed AFTER DELETE ON conversation BEGIN"
                       " DELETE FROM case_search WHERE docid = old.id * 8 + 2; END"),
        QStringLiteral("CREATE TRIGGER case_search_words_added AFTER INSERT ON persons_words BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body)"
                       " SELECT new.id * 8 + 3, case_id, 'words', new.words FROM conversation WHERE id = new.conversation_id; END"),
        QStringLiteral("CREATE TRIGGER case_search_words_changed AFTER UPDATE OF words ON persons_words BEGIN"
                       " UPDATE case_search SET body = new.words WHERE docid = new.id * 8 + 3; END"),
        QStringLiteral("CREATE TRIGGER case_search_words_removed AFTER DELETE ON persons_words BEGIN"
                       " DELETE FROM case_search WHERE docid = old.id * 8 + 3; END"),
        QStringLiteral("CREATE TRIGGER case_search_case_added AFTER INSERT ON safeguarding_case BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body)"
                       " SELECT new.id * 8 + 4, new.id, 'person', given_name || ' ' || family_name || ' ' || coalesce(preferred_name, '')"
                       " FROM person WHERE id = new.person_id; END"),
        QStringLiteral("CREATE TRIGGER case_search_case_removed AFTER DELETE ON safeguarding_case BEGIN"
                       " DELETE FROM case_search WHERE docid IN (old.id * 8 + 4, old.id * 8 + 5); END"),
        QStringLiteral("CREATE TRIGGER case_search_person_changed AFTER UPDATE OF given_name, family_name, preferred_name ON person BEGIN"
                       " UPDATE case_search SET body = new.given_name || ' ' || new.family_name || ' ' || coalesce(new.preferred_name, '')"
                       " WHERE docid IN (SELECT id * 8 + 4 FROM safeguarding_case WHERE person_id = new.id); END"),
        QStringLiteral("CREATE TRIGGER case_search_concern_added AFTER INSERT ON concern BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body) VALUES (new.case_id * 8 + 5, new.case_id, 'concern', coalesce(new.what_was_reported, '')); END"),
        QStringLiteral("CREATE TRIGGER case_search_concern_changed AFTER UPDATE OF what_was_reported ON concern BEGIN"
                       " UPDATE case_search SET body = coalesce(new.what_was_reported, '') WHERE docid = new.case_id * 8 + 5; END"),
        QStringLiteral("CREATE TRIGGER case_search_concern_removed AFTER DELETE ON concern BEGIN"
                       " DELETE FROM case_search WHERE docid = old.case_id * 8 + 5; END"),
        QStringLiteral("CREATE TRIGGER case_search_outcome_added AFTER INSERT ON outcome_revision BEGIN"
                       " INSERT INTO case_search (docid, case_id, source, body)"
                       " SELECT new.id * 8 + 6, case_id, 'outcome', new.wording FROM desired_outcome WHERE id = new.outcome_id; END"),
        QStringLiteral("CREATE TRIGGER case_search_outcome_changed AFTER UPDATE OF wording ON outcome_revision BEGIN"
                       " UPDATE case_search SET body = new.wording WHERE docid = new.id * 8 + 6; END"),
        QStringLiteral("CREATE TRIGGER case_search_outcome_removed AFTER DELETE ON outcome_revision BEGIN"
                       " DELETE FROM case_search WHERE docid = old.id * 8 + 6; END"),
        // Cases from earlier versions get the concern row every case now has (only the date was
        // kept then); the trigger above indexes it.
        QStringLiteral("INSERT INTO concern (case_id, received_on, person_knows, children_at_risk, other_adults_at_risk)"
                       " SELECT id, concern_received_on, 'not-known', 'not-known', 'not-known' FROM safeguarding_case"),
        // Index what earlier versions already hold.
        QStringLiteral("INSERT INTO case_search (docid, case_id, source, body) SELECT id * 8 + 1, case_id, 'note', body FROM case_note"),
        QStringLiteral("INSERT INTO case_search (docid, case_id, source, body)"
                       " SELECT c.id * 8 + 4, c.id, 'person', p.given_name || ' ' || p.family_name || ' ' || coalesce(p.preferred_name, '')"
                       " FROM safeguarding_case c JOIN person p ON p.id = c.person_id"),
    }});

    // Later steps live in a file each, so areas can grow their tables without touching this one.
    steps.push_back(schemaStep4LegalLiteracy());
    steps.push_back(schemaStep5Letters());
    steps.push_back(schemaStep6Supervision());
    steps.push_back(schemaStep7SafeguardingAdultsCollection());
    steps.push_back(schemaStep8TeamKeys());
    steps.push_back(schemaStep9LetterWording());
    steps.push_back(schemaStep10LegalAuthority());
    steps.push_back(schemaStep11DraftsAndIdentity());
    steps.push_back(schemaStep12Corrections());
    steps.push_back(schemaStep13ReturnLabels());
    steps.push_back(schemaStep14CaseloadRows());
    steps.push_back(schemaStep15RecordUids());
    steps.push_back(schemaStep16AggregateInputs());
    steps.push_back(schemaStep17CaseHolders());
    return steps;
}
// clang-format on

} // namespace alongside::core
