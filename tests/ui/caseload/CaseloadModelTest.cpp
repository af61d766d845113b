#include "support/Catch.h"
#include "support/TestStores.h"

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"

#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "demo/DemoCaseload.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"

using namespace alongside;
using namespace alongside::test;

namespace {

int rowWhere(const ui::CaseloadModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

QVariant flagsCell(const ui::CaseloadModel& model, int row, int role)
{
    return model.index(row, ui::CaseloadModel::Flags).data(role);
}

} // namespace

TEST_CASE("the caseload shows person, reference, who holds it, stage, days open, next action and what is "
          "worth a look")
{
    ui::CaseloadModel model([] { return ShellFixture::now(); });
    REQUIRE(model.columnCount() == ui::CaseloadModel::ColumnCount);
    const QStringList expected = {QStringLiteral("Person"),       QStringLiteral("Reference"),
                                  QStringLiteral("Held by"),      QStringLiteral("Stage"),
                                  QStringLiteral("Days open"),    QStringLiteral("Next action"),
                                  QStringLiteral("Worth a look"), QStringLiteral("Found in")};
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK(model.headerData(column, Qt::Horizontal).toString() == expected[column]);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("days open counts from the concern to the injected now, and stops at closure")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    const QDate written(2026, 3, 2);
    REQUIRE(core::populateDemoCaseload(store->database(), written));

    QDateTime now(written, QTime(10, 0));
    ui::CaseloadModel model([&now] { return now; });
    model.setRepository(core::CaseloadRepository(store->database()));
    REQUIRE(model.rowCount() > 0);

    const int doris = rowWhere(model, ui::CaseloadModel::Person, QStringLiteral("Doris"));
    const int closed = rowWhere(model, ui::CaseloadModel::Stage, QStringLiteral("Closed"));
    REQUIRE(doris >= 0);
    REQUIRE(closed >= 0);
    const int dorisDays = model.index(doris, ui::CaseloadModel::DaysOpen).data().toInt();
    const int closedDays = model.index(closed, ui::CaseloadModel::DaysOpen).data().toInt();
    CHECK(dorisDays == model.caseAt(doris)->concernReceivedOn.daysTo(written));

    now = now.addDays(10);
    CHECK(model.index(doris, ui::CaseloadModel::DaysOpen).data().toInt() == dorisDays + 10);
    CHECK(model.index(closed, ui::CaseloadModel::DaysOpen).data().toInt() == closedDays);
}

TEST_CASE("a case missing outcomes and not seen alone is flagged gently, and a complete case is not flagged")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    const CaseStories stories = writeCaseStories(store->database());
    ui::CaseloadModel model([] { return ShellFixture::now(); });
    model.setRepository(core::CaseloadRepository(store->database()));

    const int sam = model.rowOf(stories.sam);
    const int doris = model.rowOf(stories.doris);
    REQUIRE(sam >= 0);
    REQUIRE(doris >= 0);

    // Short words in the column, the flag's own sentence in the tooltip, a soft dot beside.
    const QString samFlags = flagsCell(model, sam, Qt::DisplayRole).toString();
    CHECK(samFlags.contains(QStringLiteral("Outcomes not asked")));
    CHECK(samFlags.contains(QStringLiteral("Not seen alone")));
    CHECK(model.flagsAt(sam).size() == 2);
    const QString samTip = flagsCell(model, sam, Qt::ToolTipRole).toString();
    for (const core::CaseFlag& flag : model.flagsAt(sam))
        CHECK(samTip.contains(flag.text));
    CHECK_FALSE(flagsCell(model, sam, Qt::DecorationRole).isNull());
    CHECK(flagsCell(model, sam, ui::CaseloadModel::FlagCountRole).toInt() == 2);

    CHECK(model.flagsAt(doris).empty());
    CHECK(flagsCell(model, doris, Qt::DisplayRole).toString().isEmpty());
    CHECK(flagsCell(model, doris, Qt::DecorationRole).isNull());
    CHECK(flagsCell(model, doris, Qt::AccessibleTextRole).toString() == QStringLiteral("Nothing missing"));
}

TEST_CASE("showing only cases with something missing leaves out the complete ones")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    const CaseStories stories = writeCaseStories(store->database());
    ui::CaseloadModel model([] { return ShellFixture::now(); });
    model.setRepository(core::CaseloadRepository(store->database()));
    ui::CaseloadFilterModel filter(&model);
    CHECK(filter.rowCount() == 3);

    filter.setShow(ui::CaseloadFilterModel::Show::SomethingMissing);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.caseIdAt(0) == stories.sam);

    filter.setShow(ui::CaseloadFilterModel::Show::Closed);
    CHECK(filter.rowCount() == 0);
    filter.setShow(ui::CaseloadFilterModel::Show::Open);
    CHECK(filter.rowCount() == 3);
}

TEST_CASE("sorting by what is worth a look puts the flagged case last in ascending order")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    const CaseStories stories = writeCaseStories(store->database());
    ui::CaseloadModel model([] { return ShellFixture::now(); });
    model.setRepository(core::CaseloadRepository(store->database()));
    ui::CaseloadFilterModel filter(&model);

    filter.sort(ui::CaseloadModel::Flags, Qt::AscendingOrder);
    CHECK(filter.caseIdAt(2) == stories.sam);
    filter.sort(ui::CaseloadModel::Flags, Qt::DescendingOrder);
    CHECK(filter.caseIdAt(0) == stories.sam);
}

TEST_CASE("a caseload longer than a page shows its first page, reads more as the table scrolls, and counts "
          "them all")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    std::vector<core::CaseRecord> records;
    const int total = 2 * ui::CaseloadModel::kPageRows + 50;
    for (int i = 0; i < total; ++i) {
        core::CaseRecord r;
        r.reference = QStringLiteral("PAGE-%1").arg(i, 3, 10, QLatin1Char('0'));
        r.person.givenName = QStringLiteral("Person");
        r.person.familyName = QStringLiteral("Number %1").arg(i);
        r.concern.receivedOn = QDate(2026, 1, 1).addDays(i % 60);
        r.concern.riskTypes = QStringList{QStringLiteral("Self-Neglect")};
        records.push_back(r);
    }
    core::CaseRepository cases(store->database(), QStringLiteral("Alex"));
    REQUIRE(cases.createCases(records).error.isEmpty());

    ui::CaseloadModel model([] { return ShellFixture::now(); });
    model.setRepository(core::CaseloadRepository(store->database()));
    CHECK(model.rowCount() == ui::CaseloadModel::kPageRows); // one page read, not every case
    CHECK(model.shownCount() == total);
    CHECK(model.storeCount() == total);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ui::CaseloadModel::kPageRows);

    // The newest concern first, as before; a case further down is reached by reading on.
    const std::vector<core::CaseSummary> every = core::CaseloadRepository(store->database()).allCases();
    CHECK(model.caseAt(0)->caseId == every.front().caseId);
    CHECK(model.rowOf(every.back().caseId) == total - 1);
    CHECK(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore({}));

    // Sorted by person: the first page is the first of every case in that order.
    model.sort(ui::CaseloadModel::Person, Qt::DescendingOrder);
    CHECK(model.rowCount() == ui::CaseloadModel::kPageRows);
    CHECK(model.index(0, ui::CaseloadModel::Person).data().toString() == QStringLiteral("Person Number 99"));
}
