#include "harness/TeamStories.h"

#include "application/MakeBundle.h"
#include "application/OpenBundle.h"
#include "application/TeamKeys.h"
#include "demo/DemoJourneys.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/TeamKeyRepository.h"
#include "support/TestStores.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <stdexcept>
#include <vector>

namespace alongside::test {

namespace {

struct Member {
    QString name;
    std::unique_ptr<core::Store> store;
};

void require(bool ok, const QString& what)
{
    if (!ok)
        throw std::runtime_error(what.toStdString());
}

void nameStore(Member& member, const QString& role)
{
    core::PractitionerContact contact;
    contact.name = member.name;
    contact.role = role;
    contact.team = QStringLiteral("Adult Safeguarding Team, Example Borough Council");
    contact.phone = QStringLiteral("01234 567890");
    require(core::LetterRepository(member.store->database(), member.name).savePractitionerContact(contact),
            QStringLiteral("naming %1's store").arg(member.name));
}

void trust(Member& truster, const Member& trusted, const QDateTime& now)
{
    const auto theirs = core::myKeys(trusted.store->database());
    require(theirs.has_value(), QStringLiteral("%1's keys").arg(trusted.name));
    const core::TrustResult result = core::trustColleague(truster.store->database(), theirs->publicKeyFile,
                                                          theirs->fingerprint, truster.name, now);
    require(result.outcome == core::TrustOutcome::Trusted, result.message);
}

} // namespace

void makeDemoTeamStore(const QString& teamStorePath, const QString& folder, const QDate& today)
{
    const QDateTime now(today, QTime(9, 0));
    Member lee{QStringLiteral("Lee Okafor"), openStore(teamStorePath)};
    require(lee.store != nullptr, QStringLiteral("opening the team store"));
    nameStore(lee, QStringLiteral("Team leader"));

    std::vector<Member> team;
    for (const QString& name :
         {QStringLiteral("Sam Patel"), QStringLiteral("Ana Lopes"), QStringLiteral("Jo Reid")}) {
        Member member{name, createStore(QDir(folder).filePath(name + QStringLiteral(".alongside")))};
        nameStore(member, QStringLiteral("Social worker"));
        trust(member, lee, now);
        trust(lee, member, now);
        team.push_back(std::move(member));
    }

    // The demo cases dealt out in turn: the leader keeps the last one as their own.
    const std::vector<core::CaseRecord> cases = core::demoJourneys(today);
    std::vector<QStringList> references(team.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const bool leaders = i + 1 == cases.size();
        Member& holder = leaders ? lee : team[i % team.size()];
        const core::CaseWriteResult written =
            core::CaseRepository(holder.store->database(), holder.name, [now] {
                return now;
            }).createCase(cases[i]);
        require(written.ok(), written.error);
        if (!leaders)
            references[i % team.size()] << cases[i].reference;
    }

    for (std::size_t m = 0; m < team.size(); ++m) {
        Member& member = team[m];
        core::CasesBundleRequest request;
        request.caseReferences = references[m];
        const auto leeKeys = core::myKeys(lee.store->database());
        const auto recipient =
            core::TeamKeyRepository(member.store->database()).findBySigningKey(leeKeys->keys.signingKey);
        require(recipient.has_value(), QStringLiteral("Lee's keys in %1's store").arg(member.name));
        request.recipients.push_back(*recipient);
        request.outPath = QDir(folder).filePath(member.name + QStringLiteral(" cases.alongside-bundle"));
        request.madeBy = member.name;
        request.now = now;
        const core::MakeBundleResult made = core::makeCasesBundle(member.store->database(), request);
        require(made.ok(), made.message);
        QFile file(request.outPath);
        require(file.open(QIODevice::ReadOnly), request.outPath);
        const core::BundleOpening opened = core::openBundle(lee.store->database(), file.readAll(), lee.name,
                                                            now);
        require(opened.refusal == core::BundleRefusal::None, opened.message + u' ' + opened.detail);
        member.store->close();
    }
    lee.store->close();
}

} // namespace alongside::test
