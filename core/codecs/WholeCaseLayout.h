#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace alongside::core {

// Case format version 2 (docs/case-format.md): a case as a whole, every record the store holds
// for it, each with the uid it keeps wherever it travels (schema step 15). This file says what
// each kind of record holds, by its member in the file and where it lives in a store, in one
// place for the file's writer and reader and the store's reading and writing of it.
namespace wholecase {

enum class FieldKind {
    Text,       // text, or null
    Integer,    // a whole number
    Flag,       // true or false
    Date,       // YYYY-MM-DD
    Time,       // HH:MM:SS, local clock time
    Moment,     // YYYY-MM-DDTHH:MM:SS, the local time of the store that wrote it
    Json,       // an object or list, kept whole (a legal record in the docs/checks.md format)
    Link,       // the uid of another record of this case (`linksTo` names its kind, or kinds)
    RecordLink, // the history's record: the uid of whichever record it names, or null
};

struct Field {
    const char* column; // in the store
    const char* member; // in the file
    FieldKind kind;
    bool required;
    const char* linksTo; // Link: the member of the kind linked to ("a|b": either kind)
};

struct Kind {
    const char* member;       // in the case object: a list of records, or one record or null
    const char* table;        // in the store
    const char* key;          // the column that names one row: id, or its parent's for one-per-parent
    const char* parentColumn; // the column holding the parent's key ("" for the person and the case)
    const char* parentKind;   // the parent's member; "case" for the case itself
    const char* parentMember; // the member holding the parent's uid in the file; "" when implied
    bool single;              // one record or null rather than a list
    bool shared;              // may belong to other cases too (kept, not refused, when already here)
    std::vector<Field> fields;
};

// Every kind, parents before children (the order a store is written in). The first two are the
// person and the case itself.
const std::vector<Kind>& kinds();
inline constexpr std::size_t kPersonKind = 0;
inline constexpr std::size_t kCaseKind = 1;
// Position of the kind with this member in kinds(), or -1.
int kindIndex(const QString& member);

} // namespace wholecase

// One record: its uid, its parent's uid (where the file names it) and its fields' values in the
// order of its kind's fields. Text-like values are QString, Integer qint64, Flag bool, Json a
// QJsonValue, links the linked record's uid; a null QVariant is null.
struct WholeRecord {
    QString uid;
    QString parentUid;
    std::vector<QVariant> values;
};

// A whole case: for each kind (wholecase::kinds() order), its records, in the order the store
// wrote them. records[kCaseKind] holds exactly one record, the case.
struct WholeCase {
    std::vector<std::vector<WholeRecord>> records;

    const WholeRecord& caseRecord() const { return records[wholecase::kCaseKind].front(); }
    QString uid() const { return caseRecord().uid; }
    QString reference() const; // the case's reference
};

} // namespace alongside::core
