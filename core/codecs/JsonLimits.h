#pragma once

#include <QHash>
#include <QString>

namespace alongside::core {

// How big one kind of JSON input may be, checked by readStrictJson() while it scans the bytes,
// before any value is built. The tables for each kind of input are in InputLimits.cpp and are
// documented in docs/case-format.md and docs/checks.md (a test keeps the three in step).
struct JsonLimits {
    qint64 fileBytes = 0; // the whole input
    int depth = 0;        // objects and lists inside one another

    // Text, in characters (Unicode code points), by the field's name: "givenName", "body".
    // A text inside a list counts under the list's name ("personsWords"). A name not listed
    // gets `otherText`.
    QHash<QString, qsizetype> text;
    qsizetype otherText = 0;
    // Items in a list, by the list's name ("cases", "notes"); a name not listed gets `otherList`.
    QHash<QString, qsizetype> lists;
    qsizetype otherList = 0;

    // Each item of this list of the top-level object (the case file's "cases") is one record,
    // and takes at most `recordBytes` bytes of the file. Empty: the whole input is one record.
    QString recordList;
    qint64 recordBytes = 0;
    QString recordName; // in messages: "case"

    qsizetype textLimit(const QString& name) const { return text.value(name, otherText); }
    qsizetype listLimit(const QString& name) const { return lists.value(name, otherList); }
};

} // namespace alongside::core
