#include "documents/LetterFixtures.h"

#include "demo/DemoJourneys.h"

#include <stdexcept>

namespace alongside::test {

QDate letterDay()
{
    return {2026, 3, 3};
}

core::CaseRecord demoCase(const QString& reference)
{
    for (const core::CaseRecord& record : core::demoJourneys(letterDay())) {
        if (record.reference == reference)
            return record;
    }
    throw std::runtime_error("no such demo case");
}

core::LetterSources letterSources(bool withAdvocate)
{
    core::LetterSources sources;
    sources.practitioner = {QStringLiteral("Alex Example"),
                            QStringLiteral("Social worker"),
                            QStringLiteral("the Adult Social Care Team"),
                            QStringLiteral("01632 960123"),
                            {},
                            {}};
    if (withAdvocate)
        sources.advocate = core::AdvocateReferral{QStringLiteral("Jo Sample"), core::AdvocateRole::CareAct,
                                                  QStringLiteral("Example Advocacy"), QDate(2026, 1, 12)};
    sources.date = letterDay();
    return sources;
}

} // namespace alongside::test
