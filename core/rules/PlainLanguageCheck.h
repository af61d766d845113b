#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// The easy-read word rules (docs/letters.md: UK government accessible-formats
// guidance; DH easy-read guidelines; Mencap "Am I making myself clear?"), as a pure check the
// letter editor runs live and the CLI runs on a file. It tells the practitioner which rule,
// where, and what to try instead; it never rewrites the text itself.

// Stable rule ids (JSON, tests); the reason and rule text are translated.
namespace plainrule {
inline constexpr const char* SentenceLength = "sentence-length"; // over 15 words
inline constexpr const char* OneIdea = "one-idea";               // more than one idea or verb
inline constexpr const char* PassiveVoice = "passive-voice";
inline constexpr const char* Jargon = "jargon";                          // jargon and acronyms
inline constexpr const char* NumberAsWord = "number-as-word";            // "three" → "3"
inline constexpr const char* DateNotWrittenOut = "date-not-written-out"; // "03/03/2026"
inline constexpr const char* Abbreviation = "abbreviation";              // "e.g.", "etc.", "via", "re"
inline constexpr const char* PercentOrMoney = "percent-or-money";        // "25%", "£1,237.46"
inline constexpr const char* ThirdPerson = "third-person";               // "Tom sorted it" to Tom
} // namespace plainrule

struct PlainLanguageFinding {
    int sentenceIndex = 0; // 0-based, in the order of plainLanguageSentences()
    int start = 0;         // character range in the whole text checked
    int length = 0;
    QString ruleId;     // one of plainrule::*
    QString reason;     // plain words: what is wrong here
    QString suggestion; // what to try instead; may be empty
    QString rule;       // the easy-read rule it applies, with its source
};

// A sentence as the checker sees it: its range in the text (trimmed).
struct PlainLanguageSentence {
    int start = 0;
    int length = 0;
};

// Splits on . ! ? and line breaks, keeping "s.42", "e.g.", "Mr." and decimals whole.
std::vector<PlainLanguageSentence> plainLanguageSentences(const QString& text);

// Who will read the text. A letter speaks to its reader as "you": their own name in it
// ("Tom sorted everything himself") is text written about them for colleagues.
struct PlainLanguageReader {
    QStringList names; // the names the reader goes by: given, preferred, family
};

// Findings in text order (by sentence, then by position). Clean text gives none.
std::vector<PlainLanguageFinding> checkPlainLanguage(const QString& text,
                                                     const PlainLanguageReader& reader = {});

// The maintained jargon list (core/rules/PlainLanguageJargon.cpp, with its sources).
struct JargonTerm {
    QString term;         // as matched, case-insensitive, on word boundaries
    QString plain;        // the everyday words to use instead
    bool explain = false; // a word the person may need (e.g. "advocate"): keep it, but explain it
};
const std::vector<JargonTerm>& plainLanguageJargon();

} // namespace alongside::core
