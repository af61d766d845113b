#include "codecs/CheckRunner.h"

#include "codecs/CheckInputReader.h"
#include "codecs/CheckResultJson.h"

#include <array>
#include <utility>

namespace alongside::core {

namespace {

constexpr std::array<std::pair<CheckKind, const char*>, 6> kKinds{{
    {CheckKind::Advocacy, "advocacy"},
    {CheckKind::Imca, "imca"},
    {CheckKind::OneAdvocate, "one-advocate"},
    {CheckKind::Capacity, "capacity"},
    {CheckKind::BestInterests, "best-interests"},
    {CheckKind::Wishes, "wishes"},
}};

// Reads with `read`; if that worked, evaluates with `evaluate` and writes the JSON.
template <typename Input, typename Evaluate>
CheckRun run(const Input& input, Evaluate evaluate)
{
    CheckRun result;
    if (!input.ok()) {
        result.problems = input.problems;
        return result;
    }
    result.output = checkResultText(evaluate(input.value));
    return result;
}

} // namespace

std::optional<CheckKind> checkKindNamed(const QString& name)
{
    for (const auto& [kind, text] : kKinds) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QStringList checkKindNames()
{
    QStringList names;
    for (const auto& entry : kKinds)
        names << QString::fromLatin1(entry.second);
    return names;
}

CheckRun runCheck(CheckKind kind, const QByteArray& input)
{
    switch (kind) {
    case CheckKind::Advocacy:
        return run(readAdvocacyInput(input), [](const AdvocacySituation& situation) {
            return checkResultJson(checkAdvocacy(situation));
        });
    case CheckKind::Imca:
        return run(readImcaInput(input),
                   [](const ImcaSituation& situation) { return checkResultJson(checkImca(situation)); });
    case CheckKind::OneAdvocate:
        return run(readOneAdvocateInput(input), [](const OneAdvocateSituation& situation) {
            const AdvocacyResult careAct = checkAdvocacy(situation.careAct);
            const ImcaResult imca = checkImca(situation.imca);
            return checkResultJson(checkOneAdvocate(careAct, imca, situation.advocates), careAct, imca);
        });
    case CheckKind::Capacity:
        return run(readCapacityInput(input), [](const CapacityAssessment& record) {
            return checkResultJson(checkCapacityRecord(record));
        });
    case CheckKind::BestInterests:
        return run(readBestInterestsInput(input), [](const BestInterestsDecision& record) {
            return checkResultJson(checkBestInterests(record));
        });
    case CheckKind::Wishes:
        break;
    }
    return run(readWishesInput(input),
               [](const WishesSituation& situation) { return checkResultJson(checkWishes(situation)); });
}

} // namespace alongside::core
