#include "rules/LetterReadiness.h"

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what stops a letter being approved.
struct LetterReadinessText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LetterReadinessText)
};

namespace {

// Where the practitioner's details are kept, in the words of the menu they will look in.
QString whereToAddContact()
{
    return LetterReadinessText::tr("Add them in File → About you (who is writing)…, then open the letter "
                                   "again.");
}

} // namespace

std::vector<LetterProblem> letterReadiness(const EasyReadLetter& letter,
                                           const std::optional<LetterDelivery>& delivery)
{
    std::vector<LetterProblem> problems;
    const bool named = !letter.contactName.trimmed().isEmpty();
    const bool phone = !letter.contactPhone.trimmed().isEmpty();
    if (!named && !phone)
        problems.push_back(
            {LetterProblemKind::NoNamedContact,
             LetterReadinessText::tr("The letter does not say who %1 can contact, or their phone "
                                     "number. %2")
                 .arg(letter.recipientName, whereToAddContact()),
             {}});
    else if (!named)
        problems.push_back({LetterProblemKind::NoNamedContact,
                            LetterReadinessText::tr("The letter does not name a person %1 can contact. %2")
                                .arg(letter.recipientName, whereToAddContact()),
                            {}});
    else if (!phone)
        problems.push_back({LetterProblemKind::NoContactPhone,
                            LetterReadinessText::tr("The letter has no phone number for %1 to ring. %2")
                                .arg(letter.recipientName, whereToAddContact()),
                            {}});
    for (const LetterSentence* sentence : letter.workerTextSentences())
        problems.push_back({LetterProblemKind::WorkerText,
                            LetterReadinessText::tr("\"%1\" was written for colleagues. Rewrite it for %2, "
                                                    "saying \"you\", before you approve the letter.")
                                .arg(sentence->text, letter.recipientName),
                            sentence->text});
    // docs/letters.md: "ask whether the letter is safe to send to where they live
    // (the person who harmed them may live there or read it)".
    if (!delivery)
        problems.push_back(
            {LetterProblemKind::RouteNotAsked,
             LetterReadinessText::tr("Say how the letter will reach %1, and whether anyone named "
                                     "in it, or the person who may have caused harm, lives there "
                                     "or may read it.")
                 .arg(letter.recipientName),
             {}});
    else if (delivery->byPost() && delivery->othersMayRead == YesNoUnknown::NotKnown)
        problems.push_back(
            {LetterProblemKind::ReadersNotKnown,
             LetterReadinessText::tr("Find out whether anyone named in the letter, or the person "
                                     "who may have caused harm, lives where it will be posted or "
                                     "may read it there. If you cannot find out, give it to %1 in "
                                     "person.")
                 .arg(letter.recipientName),
             {}});
    if (!letter.everySentenceReviewed())
        problems.push_back({LetterProblemKind::SentencesNotRead,
                            LetterReadinessText::tr("%1 of %2 sentences have been read. Read and tick every "
                                                    "sentence before you approve the letter.")
                                .arg(letter.reviewedSentenceCount())
                                .arg(letter.sentenceCount()),
                            {}});
    return problems;
}

QString contactProblem(const std::vector<LetterProblem>& problems)
{
    for (const LetterProblem& problem : problems) {
        if (problem.kind == LetterProblemKind::NoNamedContact
            || problem.kind == LetterProblemKind::NoContactPhone)
            return problem.message;
    }
    return {};
}

} // namespace alongside::core
