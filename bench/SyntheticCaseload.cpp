#include "SyntheticCaseload.h"

#include "SplitMix.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <array>

namespace alongside::bench {

namespace {

constexpr std::array kGivenNames = {"Alpha", "Bravo", "Charlie", "Delta",   "Echo", "Foxtrot",
                                    "Golf",  "Hotel", "India",   "Juliett", "Kilo", "Lima"};
// core's stage codes (storage/repositories/CaseStage.h), in rough proportion: most cases are in an enquiry
// or closed; the journey generator (SyntheticJourney) fills in what each stage implies.
constexpr std::array kStages = {"Concern", "Concern", "Enquiry", "Enquiry", "Enquiry", "Enquiry",
                                "Enquiry", "No enquiry", "No enquiry", "Closed", "Closed", "Closed",
                                "Closed", "Closed", "Closed", "Closed"};
constexpr std::array kAuthors = {"Practitioner One",  "Practitioner Two",  "Practitioner Three",
                                 "Practitioner Four", "Practitioner Five", "Team Manager Test"};
constexpr std::array kPhrases = {
    "Synthetic note for benchmarking only.",
    "Visited at home and spoke with the person alone.",
    "They said they want things to feel safer at home.",
    "Telephoned the care agency to arrange a review of visit times.",
    "Discussed what a good outcome would look like for them.",
    "Agreed next steps together and wrote them down in plain words.",
    "Checked whether an advocate is wanted; they will think about it.",
    "Shared the plan with the GP surgery with their agreement.",
    "No new concerns raised at this contact.",
    "Booked a follow-up visit for next week.",
};
constexpr std::array kMoneyPhrases = {
    " Talked about money: they are worried the bank card is being used without asking.",
    " They want help to keep their money safe and to choose who collects the pension.",
    " Agreed to look at the money spent on shopping with them and their son.",
};
constexpr std::array kNonAscii = {
    " They said: \xE2\x80\x9CI\xE2\x80\x99m fine, honestly.\xE2\x80\x9D",
    " Met at the caf\xC3\xA9 they chose.",
    " Review date moved \xE2\x80\x93 person\xE2\x80\x99s request.",
};

std::string isoDate(int daysAfterStart)
{
    return QDate(2023, 1, 1).addDays(daysAfterStart).toString(Qt::ISODate).toStdString();
}

std::string isoDateTime(qint64 minutesAfterStart)
{
    return QDateTime(QDate(2023, 1, 2), QTime(8, 0), Qt::UTC)
        .addSecs(minutesAfterStart * 60)
        .toString(Qt::ISODate)
        .toStdString();
}

std::string noteBody(SplitMix& random, std::size_t number, const std::string& reference)
{
    std::string body = "Note " + std::to_string(number) + " on " + reference + ".";
    const std::size_t phrases = 2 + random.below(5);
    for (std::size_t i = 0; i < phrases; ++i) {
        body += ' ';
        body += kPhrases[random.below(kPhrases.size())];
    }
    // Financial abuse is among the commonest concerns, so "money" is a realistic, busy search.
    if (random.oneIn(12))
        body += kMoneyPhrases[random.below(kMoneyPhrases.size())];
    if (random.oneIn(10))
        body += kNonAscii[random.below(kNonAscii.size())];
    return body;
}

// Which case each note belongs to: `featured` cases get exactly 200, the rest at random.
std::vector<std::size_t> noteOwners(SplitMix& random, int caseCount, int noteCount,
                                    std::vector<std::size_t>* featured)
{
    const auto cases = static_cast<std::size_t>(caseCount);
    const auto notes = static_cast<std::size_t>(noteCount);
    const std::size_t featuredCount = std::min<std::size_t>({5, notes / 200, cases > 1 ? cases - 1 : 0});
    std::vector<bool> isFeatured(cases, false);
    for (std::size_t i = 0; i < featuredCount; ++i) {
        const std::size_t index = cases * (i + 1) / (featuredCount + 1);
        isFeatured[index] = true;
        featured->push_back(index);
    }
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < cases; ++i) {
        if (!isFeatured[i])
            others.push_back(i);
    }
    std::vector<std::size_t> owners;
    owners.reserve(notes);
    for (std::size_t index : *featured)
        owners.insert(owners.end(), 200, index);
    while (owners.size() < notes)
        owners.push_back(others[random.below(others.size())]);
    // Notes are written over time across the whole caseload, not case by case.
    for (std::size_t i = owners.size(); i > 1; --i)
        std::swap(owners[i - 1], owners[random.below(i)]);
    return owners;
}

template <typename Out, typename In, typename Convert>
std::vector<Out> convertAll(const std::vector<In>& in, Convert convert)
{
    std::vector<Out> out;
    out.reserve(in.size());
    for (const In& item : in)
        out.push_back(convert(item));
    return out;
}

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

std::optional<QString> qt(const std::optional<std::string>& text)
{
    return text ? std::optional<QString>(qt(*text)) : std::nullopt;
}

} // namespace

SyntheticCaseload generateSyntheticCaseload(int caseCount, int noteCount, SyntheticShape* shape, quint64 seed)
{
    SplitMix random(seed);
    SyntheticCaseload caseload;
    const std::string createdAt = "2024-06-01T09:00:00Z";
    const auto cases = static_cast<std::size_t>(caseCount);
    caseload.people.reserve(cases);
    caseload.cases.reserve(cases);
    for (std::size_t i = 0; i < cases; ++i) {
        SyntheticPerson<std::string> person;
        person.givenName = kGivenNames[random.below(kGivenNames.size())];
        person.familyName = "Sample-" + std::to_string(i + 1);
        if (random.oneIn(5))
            person.preferredName = person.givenName.substr(0, 3) + " S.";
        if (!random.oneIn(10))
            person.dateOfBirth = isoDate(-static_cast<int>(6570 + random.below(25000)));
        person.createdAt = createdAt;
        caseload.people.push_back(std::move(person));

        SyntheticCase<std::string> safeguardingCase;
        safeguardingCase.personId = static_cast<qint64>(i + 1);
        safeguardingCase.reference = "SYN-" + std::to_string(100000 + i);
        safeguardingCase.stage = kStages[random.below(kStages.size())];
        const int received = static_cast<int>(random.below(700));
        safeguardingCase.concernReceivedOn = isoDate(received);
        if (safeguardingCase.stage == "Closed")
            safeguardingCase.closedOn = isoDate(received + 1 + static_cast<int>(random.below(120)));
        safeguardingCase.createdAt = createdAt;
        caseload.cases.push_back(std::move(safeguardingCase));
    }

    std::vector<std::size_t> featured;
    const std::vector<std::size_t> owners = noteOwners(random, caseCount, noteCount, &featured);
    std::vector<int> perCase(cases, 0);
    caseload.notes.reserve(owners.size());
    for (std::size_t i = 0; i < owners.size(); ++i) {
        const std::size_t owner = owners[i];
        ++perCase[owner];
        SyntheticNote<std::string> note;
        note.caseId = static_cast<qint64>(owner + 1);
        note.writtenAt = isoDateTime(static_cast<qint64>(i) * 5);
        note.author = kAuthors[random.below(kAuthors.size())];
        note.body = noteBody(random, i + 1, caseload.cases[owner].reference);
        caseload.notes.push_back(std::move(note));
    }

    if (shape) {
        std::size_t best = featured.empty()
            ? static_cast<std::size_t>(std::max_element(perCase.begin(), perCase.end()) - perCase.begin())
            : featured.front();
        shape->featuredCaseId = static_cast<qint64>(best + 1);
        shape->featuredNoteCount = perCase.empty() ? 0 : perCase[best];
        shape->casesWith200Notes = static_cast<int>(std::count(perCase.begin(), perCase.end(), 200));
        for (const std::size_t index : featured)
            shape->featuredCaseIds.push_back(static_cast<qint64>(index + 1));
    }
    return caseload;
}

SyntheticCaseloadQt toQt(const SyntheticCaseload& caseload)
{
    SyntheticCaseloadQt out;
    out.people = convertAll<SyntheticPerson<QString>>(caseload.people, [](const auto& p) {
        return SyntheticPerson<QString>{qt(p.givenName), qt(p.familyName), qt(p.preferredName),
                                        qt(p.dateOfBirth), qt(p.createdAt)};
    });
    out.cases = convertAll<SyntheticCase<QString>>(caseload.cases, [](const auto& c) {
        return SyntheticCase<QString>{c.personId,     qt(c.reference), qt(c.stage), qt(c.concernReceivedOn),
                                      qt(c.closedOn), qt(c.createdAt)};
    });
    out.notes = convertAll<SyntheticNote<QString>>(caseload.notes, [](const auto& n) {
        return SyntheticNote<QString>{n.caseId, qt(n.writtenAt), qt(n.author), qt(n.body)};
    });
    return out;
}

} // namespace alongside::bench
