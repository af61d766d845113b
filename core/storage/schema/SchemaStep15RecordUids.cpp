#include "storage/schema/SchemaSteps.h"

#include "storage/schema/TravellingTables.h"

namespace alongside::core {

namespace {

// A uid is 128 random bits as 32 lower-case hex digits (SQLite's randomblob, whose generator is
// seeded from the operating system's), the same form as a store id.
const QString kNewUid = QStringLiteral("lower(hex(randomblob(16)))");

// The two append-only tables refuse every UPDATE. A row is given its uid by an UPDATE in the
// same statement that inserts it, so from this step they refuse an UPDATE of a row that has a
// uid already: every row has one from the moment its INSERT ends, so nothing can change after.
struct KeptAsGiven {
    const char* table;
    const char* trigger;
    const char* refusal;
};

constexpr KeptAsGiven kKeptAsGiven[] = {
    {"record_history", "record_history_is_append_only_update", "the record history cannot be changed"},
    {"manager_signoff", "manager_signoff_is_kept_as_given", "a sign-off cannot be changed; add a new one"},
};

} // namespace

// Identity that can travel (issue 14): every record that goes with a case when it leaves this
// store (docs/case-format.md, version 2) gets a uid that stays with it wherever it goes, so a
// bundle, an import and later a merge can say "this record" across stores, where local ids
// differ. Existing rows are given one here; a new row gets one from an AFTER INSERT trigger
// unless the writer gave it one (an import keeps the uid the file carries), so no write path,
// present or future, can leave a record without. A unique index per table refuses a second
// record with the same uid. A case also records the store it was started in (`origin_store`,
// the store id of step 8): this store's id for cases already here and for new ones.
// clang-format off
Migration schemaStep15RecordUids()
{
    QStringList sql;
    for (const KeptAsGiven& kept : kKeptAsGiven)
        sql << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(kept.trigger));
    for (const char* table : kTravellingTables) {
        const QString name = QLatin1String(table);
        sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN uid TEXT").arg(name)
            << QStringLiteral("UPDATE %1 SET uid = %2").arg(name, kNewUid)
            << QStringLiteral("CREATE UNIQUE INDEX %1_by_uid ON %1(uid)").arg(name)
            << QStringLiteral("CREATE TRIGGER %1_gets_uid AFTER INSERT ON %1 WHEN NEW.uid IS NULL"
                              " BEGIN UPDATE %1 SET uid = %2 WHERE rowid = NEW.rowid; END")
                   .arg(name, kNewUid);
    }
    for (const KeptAsGiven& kept : kKeptAsGiven) {
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE ON %2 WHEN OLD.uid IS NOT NULL"
                              " BEGIN SELECT RAISE(ABORT, '%3'); END")
                   .arg(QLatin1String(kept.trigger), QLatin1String(kept.table), QLatin1String(kept.refusal));
    }
    const QString thisStore = QStringLiteral("(SELECT store_id FROM store_identity WHERE id = 1)");
    sql << QStringLiteral("ALTER TABLE safeguarding_case ADD COLUMN origin_store TEXT")
        << QStringLiteral("UPDATE safeguarding_case SET origin_store = %1").arg(thisStore)
        << QStringLiteral("CREATE TRIGGER safeguarding_case_gets_origin AFTER INSERT ON safeguarding_case"
                          " WHEN NEW.origin_store IS NULL"
                          " BEGIN UPDATE safeguarding_case SET origin_store = %1 WHERE id = NEW.id; END")
               .arg(thisStore);
    return {15, QStringLiteral("a uid for every record that travels, and the store each case began in"), sql};
}
// clang-format on

} // namespace alongside::core
