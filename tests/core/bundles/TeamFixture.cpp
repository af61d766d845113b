#include "TeamFixture.h"

#include "application/MakeBundle.h"
#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

#include "support/Catch.h"

#include <QSqlQuery>
#include <QUuid>

namespace alongside::test {

core::MyKeys Colleague::keys() const
{
    const auto mine = core::myKeys(db());
    REQUIRE(mine);
    return *mine;
}

void Colleague::addCases(const QStringList& references)
{
    core::CaseRepository cases(db(), name, [] { return kTeamNow; });
    for (const QString& reference : references) {
        const auto written = cases.createCase(fullCase(reference));
        INFO(written.error.toStdString());
        REQUIRE(written.ok());
    }
}

qint64 Colleague::count(const QString& table) const
{
    return rowsIn(db(), table);
}

std::unique_ptr<Colleague> makeColleague(const QString& name, const QString& role)
{
    auto colleague = std::make_unique<Colleague>();
    colleague->name = name;
    colleague->store = createStore(colleague->folder.storePath());
    core::PractitionerContact contact;
    contact.name = name;
    contact.role = role;
    contact.team = QStringLiteral("Adult Safeguarding Team, Example Borough Council");
    contact.phone = QStringLiteral("01234 567890");
    REQUIRE(core::LetterRepository(colleague->db(), name).savePractitionerContact(contact));
    return colleague;
}

core::TeamMemberKey trust(Colleague& truster, const Colleague& trusted)
{
    const core::MyKeys theirs = trusted.keys();
    const core::TrustResult result = core::trustColleague(truster.db(), theirs.publicKeyFile,
                                                          theirs.fingerprint, truster.name, kTeamNow);
    INFO(result.message.toStdString());
    REQUIRE(result.outcome == core::TrustOutcome::Trusted);
    return result.key;
}

QByteArray casesBundle(Colleague& from, const std::vector<const Colleague*>& to,
                       const QStringList& references)
{
    core::CasesBundleRequest request;
    request.caseReferences = references;
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
    const core::MakeBundleResult made = core::makeCasesBundle(from.db(), request);
    INFO(made.message.toStdString());
    REQUIRE(made.ok());
    return readWholeFile(request.outPath);
}

} // namespace alongside::test
