#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace alongside::bench {

// What each side reads: every column into its native type. A NULL is a null QString on the
// driver side and an empty optional on the raw side.

// One column of a row of a query whose columns the bench does not know in advance (the
// caseload query is whatever CaseloadRepository runs): integers as integers, everything else
// as text, NULL as a null QString / empty optional.
struct CellQt {
    qint64 integer = 0;
    QString text;
};

struct CellRaw {
    qint64 integer = 0;
    std::optional<std::string> text;
};

using RowQt = std::vector<CellQt>;
using RowRaw = std::vector<CellRaw>;

template <typename Text, typename NullableText>
struct CaseNoteRowOf {
    qint64 noteId = 0;
    qint64 caseId = 0;
    Text writtenAt;
    Text author;
    Text body;
};

template <typename Text, typename NullableText>
struct CaseFileOf {
    qint64 caseId = 0;
    qint64 personId = 0;
    Text reference;
    Text stage;
    Text concernReceivedOn;
    NullableText closedOn;
    Text caseCreatedAt;
    Text givenName;
    Text familyName;
    NullableText preferredName;
    NullableText dateOfBirth;
    Text personCreatedAt;
    std::vector<CaseNoteRowOf<Text, NullableText>> notes;
};

template <typename Text>
struct StageCountOf {
    Text stage;
    qint64 notes = 0;
};

using CaseFileQt = CaseFileOf<QString, QString>;
using StageCountQt = StageCountOf<QString>;

using CaseFileRaw = CaseFileOf<std::string, std::optional<std::string>>;
using StageCountRaw = StageCountOf<std::string>;

} // namespace alongside::bench
