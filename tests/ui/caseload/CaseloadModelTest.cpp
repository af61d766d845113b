#include "support/Catch.h"
#include "support/TestStores.h"

#include "caseload/CaseloadModel.h"
#include "demo/DemoCaseload.h"
#include "storage/CaseloadRepository.h"

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

} // namespace

TEST_CASE("the caseload table has person, reference, stage and days open columns")
{
    ui::CaseloadModel model([] { return QDate(2026, 3, 2); });
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(ui::CaseloadModel::Person, Qt::Horizontal).toString() == QStringLiteral("Person"));
    CHECK(model.headerData(ui::CaseloadModel::Reference, Qt::Horizontal).toString()
          == QStringLiteral("Reference"));
    CHECK(model.headerData(ui::CaseloadModel::Stage, Qt::Horizontal).toString() == QStringLiteral("Stage"));
    CHECK(model.headerData(ui::CaseloadModel::DaysOpen, Qt::Horizontal).toString()
          == QStringLiteral("Days open"));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("days open counts from the concern to the injected today, and stops at closure")
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    const QDate written(2026, 3, 2);
    REQUIRE(core::populateDemoCaseload(store->database(), written));

    QDate today = written;
    ui::CaseloadModel model([&today] { return today; });
    model.setCases(core::CaseloadRepository(store->database()).allCases());
    REQUIRE(model.rowCount() == 6);

    const int doris = rowWhere(model, ui::CaseloadModel::Person, QStringLiteral("Doris"));
    const int closed = rowWhere(model, ui::CaseloadModel::Stage, QStringLiteral("Closed"));
    REQUIRE(doris >= 0);
    REQUIRE(closed >= 0);
    // The demo's concern about Doris arrived 9 days before it was written; the closed case ran
    // from 70 days before to 12 days before.
    CHECK(model.index(doris, ui::CaseloadModel::DaysOpen).data().toInt() == 9);
    CHECK(model.index(closed, ui::CaseloadModel::DaysOpen).data().toInt() == 58);

    today = written.addDays(10);
    CHECK(model.index(doris, ui::CaseloadModel::DaysOpen).data().toInt() == 19);
    CHECK(model.index(closed, ui::CaseloadModel::DaysOpen).data().toInt() == 58);
}
