#include "AggregateFixture.h"

#include "application/AggregateBundle.h"
#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

#include "support/Catch.h"

#include <QUuid>

namespace alongside::test {

QStringList Planted::nhsNumbers()
{
    return {QStringLiteral("4857773457"), QStringLiteral("4010232137"), QStringLiteral("6123456784")};
}

QStringList Planted::isoDates()
{
    return {QStringLiteral("1948-02-29"), QStringLiteral("2026-01-05"), QStringLiteral("2026-01-06"),
            QStringLiteral("2026-03-01")};
}

QStringList Planted::references()
{
    return {QStringLiteral("ZQ-00001"), QStringLiteral("ZQ-00002"), QStringLiteral("ZQ-00003")};
}

void plantedCases(const QSqlDatabase& db, const QString& worker)
{
    core::CaseRepository cases(db, worker, [] { return kTeamNow; });
    for (qsizetype i = 0; i < Planted::references().size(); ++i) {
        core::CaseRecord record = fullCase(Planted::references().at(i));
        record.person.givenName = Planted::givenName;
        record.person.familyName = Planted::familyName;
        record.person.nhsNumber = Planted::nhsNumbers().at(i);
        record.person.address = Planted::address;
        record.person.dateOfBirth = QDate::fromString(Planted::isoDates().at(0), Qt::ISODate);
        record.concern.whatWasReported = Planted::reported;
        for (core::CaseNote& note : record.notes)
            note.body = Planted::noteText;
        const auto written = cases.createCase(record);
        INFO(written.error.toStdString());
        REQUIRE(written.ok());
    }
}

QByteArray aggregateBundle(Colleague& from, const std::vector<const Colleague*>& to, int year)
{
    core::AggregateBundleRequest request;
    request.reportingYear = year;
    const core::TeamKeyRepository team(from.db());
    for (const Colleague* recipient : to) {
        const auto key = team.findBySigningKey(recipient->keys().keys.signingKey);
        REQUIRE(key);
        request.recipients.push_back(*key);
    }
    request.outPath = from.file(QUuid::createUuid().toString(QUuid::WithoutBraces)
                                + QStringLiteral(".alongside-bundle"));
    request.madeBy = from.name;
    request.now = kTeamNow;
    const core::MakeBundleResult made = core::makeAggregateBundle(from.db(), request);
    INFO(made.message.toStdString());
    REQUIRE(made.ok());
    return readWholeFile(request.outPath);
}

} // namespace alongside::test
