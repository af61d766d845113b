#pragma once

#include "rules/PlainLanguageCheck.h"

#include <QString>

#include <vector>

// Inside the plain-language check: one sentence at a time, each rule a function that appends
// findings. Not for use outside core/rules.
namespace alongside::core::plain {

struct Word {
    int start = 0; // in the whole text
    int length = 0;
    QString text;
    QString lower;
    bool quoted = false; // inside quotation marks: the person's own words, never "corrected"
};

struct Sentence {
    int index = 0;
    int start = 0;
    int length = 0;
    QString text; // the sentence alone; positions inside it are offset by `start`
    std::vector<Word> words;
    QString next; // the following sentence (an explanation of a hard word may be there)
    const PlainLanguageReader* reader = nullptr; // who will read it
    bool isQuotedAt(int position) const;         // position in the whole text
    std::vector<std::pair<int, int>> quotes;     // quoted ranges in the whole text
};

PlainLanguageFinding finding(const Sentence& sentence, int start, int length, const char* ruleId,
                             const QString& reason, const QString& suggestion);

void checkLength(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkOneIdea(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkPassive(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkJargon(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkNumbers(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkDates(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkAbbreviations(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkPercentAndMoney(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);
void checkThirdPerson(const Sentence& sentence, std::vector<PlainLanguageFinding>& out);

} // namespace alongside::core::plain
