#pragma once

#include <QDate>
#include <QString>

namespace alongside::ui {

// Which way from today a date usually lies, to settle a two-digit year ("12/03/41").
enum class DateDirection {
    Past,   // a date of birth, the day a concern came in: "41" is 1941, never 2041
    Future, // a review or a due date: the nearest such year from today
    Either, // a report period
};

// What a typed date turned out to be: a real day, or the plain reason it is not one.
struct TypedDate {
    QDate date;      // valid when the text named a real day
    QString problem; // empty for a day, or for an empty text; otherwise one plain sentence
    bool isEmpty = false;
};

// Reads a date the way people in the UK write it: "12/03/1941", "12-3-41", "12.03.1941",
// "12 Mar 1941", "12th March 1941", "March 12, 1941", "1941-03-12", and "today", "yesterday"
// or "tomorrow". Day before month, always. An impossible day ("31/02/2026") is named as such
// rather than quietly moved. `today` settles the words and two-digit years.
TypedDate readTypedDate(const QString& text, const QDate& today, DateDirection direction);

} // namespace alongside::ui
