// A team store's caseload says whose case each one is (issue 14): the colleague whose store the
// case was started in, named as the team leader trusted their keys.

#include "TeamFixture.h"

#include "application/OpenBundle.h"
#include "exchange/CaseExport.h"
#include "exchange/CaseImport.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"

#include "support/Catch.h"

#include <map>

using namespace alongside;

namespace {

const QString kLee = QStringLiteral("Lee Okafor");

// Each case's holder as the caseload reads it: "" for the store's own, "?" for one from a
// store whose keys are not trusted here.
std::map<QString, QString> holders(const test::Colleague& colleague)
{
    std::map<QString, QString> byReference;
    for (const core::CaseSummary& summary : core::CaseloadRepository(colleague.db()).allCases())
        byReference[summary.reference] = !summary.heldBy ? QString()
            : summary.heldBy->isEmpty()                  ? QStringLiteral("?")
                                                         : *summary.heldBy;
    return byReference;
}

void open(test::Colleague& at, const QByteArray& bundle)
{
    const core::BundleOpening opening = core::openBundle(at.db(), bundle, at.name, test::kTeamNow.addDays(1));
    INFO(opening.message.toStdString() << " / " << opening.detail.toStdString());
    REQUIRE(opening.refusal == core::BundleRefusal::None);
}

} // namespace

TEST_CASE("a team store's caseload says which colleague holds each case it was sent")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto ana = test::makeColleague(QStringLiteral("Ana Lopes"));
    auto lee = test::makeColleague(kLee, QStringLiteral("Team leader"));
    for (auto* practitioner : {sam.get(), ana.get()}) {
        test::trust(*practitioner, *lee);
        test::trust(*lee, *practitioner);
    }
    sam->addCases({QStringLiteral("AL-00001"), QStringLiteral("AL-00002")});
    ana->addCases({QStringLiteral("AL-00103")});
    lee->addCases({QStringLiteral("AL-00900")});

    open(*lee,
         test::casesBundle(*sam, {lee.get()}, {QStringLiteral("AL-00001"), QStringLiteral("AL-00002")}));
    open(*lee, test::casesBundle(*ana, {lee.get()}, {QStringLiteral("AL-00103")}));

    const std::map<QString, QString> expected = {{QStringLiteral("AL-00001"), QStringLiteral("Sam Patel")},
                                                 {QStringLiteral("AL-00002"), QStringLiteral("Sam Patel")},
                                                 {QStringLiteral("AL-00103"), QStringLiteral("Ana Lopes")},
                                                 {QStringLiteral("AL-00900"), QString()}};
    CHECK(holders(*lee) == expected);
    CHECK(core::CaseloadRepository(lee->db()).holdsOthersCases());

    // In the practitioner's own store every case is theirs, and nothing says otherwise.
    CHECK(holders(*sam)
          == std::map<QString, QString>{{QStringLiteral("AL-00001"), QString()},
                                        {QStringLiteral("AL-00002"), QString()}});
    CHECK_FALSE(core::CaseloadRepository(sam->db()).holdsOthersCases());

    // Sorted by holder: the leader's own cases, then each colleague by name.
    core::CaseloadView byHolder;
    byHolder.sort = core::CaseloadView::Sort::HeldBy;
    QStringList order;
    for (const core::CaseSummary& summary :
         core::CaseloadRepository(lee->db()).page(byHolder, test::kTeamNow, 0, 10))
        order << summary.reference;
    CHECK(order.first() == QStringLiteral("AL-00900"));
    CHECK(order.at(1) == QStringLiteral("AL-00103"));
    CHECK(order.size() == 4);
}

TEST_CASE("a case from a colleague not yet trusted says so, and trusting them names the holder")
{
    auto sam = test::makeColleague(QStringLiteral("Sam Patel"));
    auto lee = test::makeColleague(kLee, QStringLiteral("Team leader"));
    sam->addCases({QStringLiteral("AL-00001")});
    const core::CaseExportResult exported = core::exportCases(
        core::CaseRepository(sam->db(), sam->name, [] { return test::kTeamNow; }),
        {QStringLiteral("AL-00001")});
    REQUIRE(exported.ok());
    const core::CaseImportResult imported = core::importCaseFile(exported.json, lee->db(), kLee,
                                                                 test::kTeamNow);
    REQUIRE(imported.ok());

    CHECK(holders(*lee) == std::map<QString, QString>{{QStringLiteral("AL-00001"), QStringLiteral("?")}});

    test::trust(*lee, *sam);
    CHECK(holders(*lee)
          == std::map<QString, QString>{{QStringLiteral("AL-00001"), QStringLiteral("Sam Patel")}});
}
