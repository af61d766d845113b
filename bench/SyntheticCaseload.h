#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace alongside::bench {

// Obviously fake people, cases and notes, the same every run (fixed seed, our own generator
// rather than std:: distributions, whose output differs between standard libraries).
// Ids are implicit: the n-th person and the n-th case get rowid n in a fresh store.
template <typename Text>
struct SyntheticPerson {
    Text givenName;
    Text familyName;
    std::optional<Text> preferredName;
    std::optional<Text> dateOfBirth;
    Text createdAt;
};

template <typename Text>
struct SyntheticCase {
    qint64 personId = 0;
    Text reference;
    Text stage;
    Text concernReceivedOn;
    std::optional<Text> closedOn;
    Text createdAt;
};

template <typename Text>
struct SyntheticNote {
    qint64 caseId = 0;
    Text writtenAt;
    Text author;
    Text body;
};

template <typename Text>
struct SyntheticCaseloadOf {
    std::vector<SyntheticPerson<Text>> people;
    std::vector<SyntheticCase<Text>> cases;
    std::vector<SyntheticNote<Text>> notes; // in the order they were written, cases interleaved
};

// UTF-8 for the raw side; the driver side gets the same values as QString.
using SyntheticCaseload = SyntheticCaseloadOf<std::string>;
using SyntheticCaseloadQt = SyntheticCaseloadOf<QString>;

struct SyntheticShape {
    qint64 featuredCaseId = 0; // a case with exactly 200 notes (or the most, if fewer notes)
    int featuredNoteCount = 0;
    int casesWith200Notes = 0;
    std::vector<qint64> featuredCaseIds; // every case given exactly 200 notes
};

constexpr quint64 kSyntheticSeed = 0x416C6F6E67736964ULL; // "Alongsid"

// One person per case; a few cases (up to five) get exactly 200 notes, the rest share the
// remainder at random. About one note in ten has non-ASCII text (’, é, –), as real notes do.
SyntheticCaseload generateSyntheticCaseload(int caseCount, int noteCount, SyntheticShape* shape,
                                            quint64 seed = kSyntheticSeed);
SyntheticCaseloadQt toQt(const SyntheticCaseload& caseload);

} // namespace alongside::bench
